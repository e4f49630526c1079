/**
 * One case per conversation while it is open: a second "Talk to staff" (or a second handover)
 * in a conversation whose case is not resolved yet points to that case instead of opening
 * another, so staff get one card per conversation. Run inside the opening transaction, after
 * a lock on the conversation, so two presses at once (two processes sharing PostgreSQL, or a
 * double click) still find each other.
 */
import type { SqlClient } from './sql-client.ts';

/** The open case's id for this conversation, or null; holds the conversation's lock until commit. */
export async function openCaseOfConversation(
  tx: SqlClient,
  conversation: string,
): Promise<string | null> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [conversation]);
  const [row] = await tx.query<{ id: string }>(
    `SELECT id FROM cases WHERE conversation = $1 AND status <> 'resolved' ORDER BY created_at DESC, id DESC LIMIT 1`,
    [conversation],
  );
  return row ? String(row.id) : null;
}
