/**
 * The console's staff accounts and sessions, in the case store's database (so `desk serve`,
 * the CLI and several processes on PostgreSQL all see one truth). Tokens are stored only as SHA-256
 * hashes: a copy of the database does not let anyone sign in.
 */
import { createHash } from 'node:crypto';
import { newToken } from '../../staff/console/csrf.ts';
import {
  INVITE_HOURS,
  normaliseEmail,
  SESSION_DAYS,
  type StaffAccount,
  type StaffAccountStore,
  type StaffSession,
} from '../../staff/console/console-store.ts';
import type { StaffLang } from '../../staff/console/office-time.ts';
import type { SqlClient } from './sql-client.ts';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const toAccount = (row: Record<string, unknown>): StaffAccount => ({
  email: String(row.email),
  passwordHash: (row.password_hash as string | null) ?? null,
  lang: row.lang === 'en' ? 'en' : 'ja',
  failedAttempts: Number(row.failed_attempts),
  lockedUntil: row.locked_until
    ? new Date(
        String(
          row.locked_until instanceof Date ? row.locked_until.toISOString() : row.locked_until,
        ),
      )
    : null,
});

export class SqlStaffAccounts implements StaffAccountStore {
  constructor(private readonly sql: SqlClient) {}

  async find(email: string): Promise<StaffAccount | null> {
    const [row] = await this.sql.query('SELECT * FROM staff_accounts WHERE email = $1', [
      normaliseEmail(email),
    ]);
    return row ? toAccount(row) : null;
  }

  /** Creates the account (or renews its invitation) and returns a one-time sign-in token. */
  async invite(email: string, now: Date): Promise<string> {
    const token = newToken();
    const expires = new Date(now.getTime() + INVITE_HOURS * 3_600_000);
    await this.sql.query(
      `INSERT INTO staff_accounts (email, invite_hash, invite_expires_at) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO UPDATE SET invite_hash = $2, invite_expires_at = $3`,
      [normaliseEmail(email), tokenHash(token), expires],
    );
    return token;
  }

  /** The account an unexpired invitation token belongs to. */
  async findByInvite(token: string, now: Date): Promise<StaffAccount | null> {
    const [row] = await this.sql.query(
      'SELECT * FROM staff_accounts WHERE invite_hash = $1 AND invite_expires_at > $2',
      [tokenHash(token), now],
    );
    return row ? toAccount(row) : null;
  }

  /** Sets the password, spends the invitation and clears any lockout. */
  async setPassword(email: string, passwordHash: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO staff_accounts (email, password_hash) VALUES ($1, $2)
       ON CONFLICT (email) DO UPDATE SET password_hash = $2, invite_hash = NULL, invite_expires_at = NULL, failed_attempts = 0, locked_until = NULL`,
      [normaliseEmail(email), passwordHash],
    );
  }

  async setLang(email: string, lang: StaffLang): Promise<void> {
    await this.sql.query('UPDATE staff_accounts SET lang = $2 WHERE email = $1', [
      normaliseEmail(email),
      lang,
    ]);
  }

  /** Counts a wrong password; locks the account for `lockMs` when it reaches `limit`. */
  async recordFailure(
    email: string,
    limit: number,
    lockMs: number,
    now: Date,
  ): Promise<{ locked: boolean }> {
    const [row] = await this.sql.query<{ failed_attempts: number; locked_until: unknown }>(
      `UPDATE staff_accounts SET failed_attempts = failed_attempts + 1,
         locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
       WHERE email = $1 RETURNING failed_attempts, locked_until`,
      [normaliseEmail(email), limit, new Date(now.getTime() + lockMs)],
    );
    return { locked: row ? Number(row.failed_attempts) >= limit : false };
  }

  async recordSuccess(email: string, now: Date): Promise<void> {
    await this.sql.query(
      'UPDATE staff_accounts SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = $2 WHERE email = $1',
      [normaliseEmail(email), now],
    );
  }

  async createSession(
    email: string,
    now: Date,
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    await this.sql.query(
      'INSERT INTO staff_sessions (token_hash, email, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [tokenHash(token), normaliseEmail(email), csrfToken, expiresAt],
    );
    return { token, csrfToken, expiresAt };
  }

  async session(token: string, now: Date): Promise<StaffSession | null> {
    const [row] = await this.sql.query(
      `SELECT s.email, s.csrf_token, s.expires_at, a.lang FROM staff_sessions s JOIN staff_accounts a ON a.email = s.email
       WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash(token), now],
    );
    if (!row) return null;
    return {
      email: String(row.email),
      lang: row.lang === 'en' ? 'en' : 'ja',
      csrfToken: String(row.csrf_token),
      expiresAt: new Date(
        String(row.expires_at instanceof Date ? row.expires_at.toISOString() : row.expires_at),
      ),
    };
  }

  async endSession(token: string): Promise<void> {
    await this.sql.query('DELETE FROM staff_sessions WHERE token_hash = $1', [tokenHash(token)]);
  }
}
