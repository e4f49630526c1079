/** Opens the configured case store: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
import { SqlCaseStore } from './sql-case-store.ts';

// Only the driver in use is loaded: PGlite's WebAssembly or pg, never both.

export async function openCaseStore(
  config: { dataDir: string; databaseUrl: string | null },
  options: {
    inMemory?: boolean;
    /** The embedded store in its own thread (`desk serve`; see pglite-thread.ts). */
    thread?: boolean;
    onAvailabilityChange?: (down: string | null) => void;
  } = {},
): Promise<SqlCaseStore> {
  const client = config.databaseUrl
    ? (await import('./postgres-client.ts')).openPostgresClient(
        config.databaseUrl,
        options.onAvailabilityChange ? { onAvailabilityChange: options.onAvailabilityChange } : {},
      )
    : await (
        await import('./pglite-client.ts')
      ).openPgliteClient(options.inMemory ? null : config.dataDir, {
        thread: options.thread === true,
      });
  return SqlCaseStore.open(client);
}
