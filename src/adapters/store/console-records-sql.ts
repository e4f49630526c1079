/**
 * The console's own records: the audit log (every staff action, wherever it came from),
 * saved replies and private case notes. Notes are never sent to a student.
 */
import type {
  AuditEntry,
  CaseNote,
  ConsoleRecordStore,
  SavedReply,
} from '../../staff/console/console-store.ts';
import type { SqlClient } from './sql-client.ts';

const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

export class SqlConsoleRecords implements ConsoleRecordStore {
  constructor(private readonly sql: SqlClient) {}

  async audit(entry: AuditEntry): Promise<void> {
    await this.sql.query(
      'INSERT INTO audit_log (actor, action, target, detail, address) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.actor,
        entry.action,
        entry.target ?? null,
        entry.detail ? JSON.stringify(entry.detail) : null,
        entry.address ?? null,
      ],
    );
  }

  async auditTrail(target: string): Promise<{ actor: string; action: string; at: string }[]> {
    const rows = await this.sql.query(
      'SELECT actor, action, at FROM audit_log WHERE target = $1 ORDER BY id',
      [target],
    );
    return rows.map((r) => ({ actor: String(r.actor), action: String(r.action), at: iso(r.at) }));
  }

  async recentAudit(
    limit: number,
  ): Promise<{ actor: string; action: string; target: string | null; at: string }[]> {
    const rows = await this.sql.query(
      'SELECT actor, action, target, at FROM audit_log ORDER BY id DESC LIMIT $1',
      [limit],
    );
    return rows.map((r) => ({
      actor: String(r.actor),
      action: String(r.action),
      target: (r.target as string | null) ?? null,
      at: iso(r.at),
    }));
  }

  async savedReplies(): Promise<SavedReply[]> {
    const rows = await this.sql.query('SELECT * FROM saved_replies ORDER BY lang, title, id');
    return rows.map((r) => ({
      id: Number(r.id),
      lang: r.lang === 'en' ? ('en' as const) : ('ja' as const),
      title: String(r.title),
      body: String(r.body),
      createdBy: String(r.created_by),
    }));
  }

  async addSavedReply(reply: Omit<SavedReply, 'id'>): Promise<number> {
    const [row] = await this.sql.query<{ id: string }>(
      'INSERT INTO saved_replies (lang, title, body, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
      [reply.lang, reply.title, reply.body, reply.createdBy],
    );
    return Number(row!.id);
  }

  async deleteSavedReply(id: number): Promise<boolean> {
    return (
      (await this.sql.query('DELETE FROM saved_replies WHERE id = $1 RETURNING id', [id]))
        .length === 1
    );
  }

  async notes(caseId: string): Promise<CaseNote[]> {
    const rows = await this.sql.query(
      'SELECT author, text, at FROM case_notes WHERE case_id = $1 ORDER BY id',
      [caseId],
    );
    return rows.map((r) => ({ author: String(r.author), text: String(r.text), at: iso(r.at) }));
  }

  async addNote(caseId: string, author: string, text: string): Promise<void> {
    await this.sql.query('INSERT INTO case_notes (case_id, author, text) VALUES ($1, $2, $3)', [
      caseId,
      author,
      text,
    ]);
  }
}
