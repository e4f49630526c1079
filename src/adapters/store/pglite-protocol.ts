/**
 * What the serving process and the embedded store's thread say to each other
 * (pglite-thread.ts, pglite-worker.ts). Both ends are this program, so the messages are typed,
 * not parsed; errors cross as plain fields because a thread boundary drops an Error's own
 * properties (PostgreSQL's `code`, `detail`...), which callers read.
 */

export interface StoreOpening {
  /** The cluster's folder (already initialised), or null for a store in memory. */
  directory: string | null;
  startParams: string[];
  /** Only for a store in memory, where initdb runs in the thread itself. */
  initDbStartParams?: string[];
}

export type StoreCommand =
  | { id: number; op: 'query'; sql: string; params?: unknown[]; tx?: number; urgent?: boolean }
  | { id: number; op: 'exec'; sql: string; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'close' };

export interface SerialisedError {
  message: string;
  name: string;
  fields: Record<string, string | number | boolean | null>;
}

export type StoreReply =
  | { id: number; ok: true; rows?: unknown[]; tx?: number }
  | { id: number; ok: false; error: SerialisedError };

/** The thread's first message: the store is open, or why it could not be opened. */
export type StoreReady = { ready: true } | { ready: false; error: SerialisedError };

export function serialiseError(error: unknown): SerialisedError {
  if (!(error instanceof Error)) return { message: String(error), name: 'Error', fields: {} };
  const fields: SerialisedError['fields'] = {};
  for (const [key, value] of Object.entries(error))
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      fields[key] = value as string | number | boolean | null;
  return { message: error.message, name: error.name, fields };
}

export function reviveError(serialised: SerialisedError): Error {
  const error = Object.assign(new Error(serialised.message), serialised.fields);
  error.name = serialised.name;
  return error;
}
