/** The staff console's store (accounts, records, insights) over the case store's SQL connection. */
import type { ConsoleStore } from '../../staff/console/console-store.ts';
import { SqlConsoleRecords } from './console-records-sql.ts';
import { SqlInsights } from './insights-sql.ts';
import type { SqlClient } from './sql-client.ts';
import { SqlStaffAccounts } from './staff-accounts-sql.ts';

export function createConsoleSqlStore(sql: SqlClient): ConsoleStore {
  return {
    accounts: new SqlStaffAccounts(sql),
    records: new SqlConsoleRecords(sql),
    insights: new SqlInsights(sql),
  };
}
