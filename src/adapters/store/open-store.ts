/** Opens the configured case store: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
import { openPgliteClient } from './pglite-client.ts';
import { openPostgresClient } from './postgres-client.ts';
import { SqlCaseStore } from './sql-case-store.ts';

export async function openCaseStore(
  config: { dataDir: string; databaseUrl: string | null },
  options: { inMemory?: boolean; onAvailabilityChange?: (down: string | null) => void } = {},
): Promise<SqlCaseStore> {
  const client = config.databaseUrl
    ? openPostgresClient(
        config.databaseUrl,
        options.onAvailabilityChange ? { onAvailabilityChange: options.onAvailabilityChange } : {},
      )
    : await openPgliteClient(options.inMemory ? null : config.dataDir);
  return SqlCaseStore.open(client);
}
