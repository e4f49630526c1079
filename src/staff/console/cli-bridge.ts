/**
 * The staff commands of the CLI (`desk cases`, `desk stats`, `desk feedback`, `desk staff`),
 * run the same way whether the CLI opened the store itself or `desk serve` runs them for it
 * through the local endpoint: one function, so the output and the audit are identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { runCases } from '../../channels/cli/cases-command.ts';
import type { CommandOutput } from '../../channels/cli/output.ts';
import { runFeedback, runStats } from '../../channels/cli/staff-commands.ts';
import type { SqlCaseStore } from '../../handover/sql-case-store.ts';
import { writeDraftFromCase } from '../../knowledge/drafts.ts';
import { ConsoleRecords } from './console-records.ts';
import type { CliRequest, CliResponse } from './local-endpoint.ts';
import { formatOfficeTime } from './office-time.ts';
import { runStaffCommand } from './staff-command.ts';
import { StaffAccounts } from './staff-accounts.ts';

export interface BridgeContext {
  store: SqlCaseStore;
  knowledgeDir: string;
  timeZone: string;
  consoleUrl: string;
  now: () => Date;
}

/** The office's time zone from knowledge/office.yaml (UTC, still labelled, if unreadable). */
export function officeTimeZone(knowledgeDir: string): string {
  try {
    const parsed = z.object({ timeZone: z.string().min(1) }).safeParse(parse(readFileSync(join(knowledgeDir, 'office.yaml'), 'utf8')));
    return parsed.success ? parsed.data.timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

export async function runStaffCli(request: CliRequest, context: BridgeContext, output: CommandOutput): Promise<number> {
  const { store, knowledgeDir } = context;
  const records = new ConsoleRecords(store.sqlClient());
  switch (request.command) {
    case 'cases': {
      const code = await runCases(request.argv, store, output, {
        draftFaq: async (record) => writeDraftFromCase(knowledgeDir, record, context.now()),
        formatTime: (iso) => formatOfficeTime(iso, context.timeZone, 'en'),
      });
      const [sub, ...rest] = request.argv;
      if (code === 0 && ['claim', 'reply', 'resolve', 'reopen'].includes(sub ?? '')) {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: false, options: { as: { type: 'string' } } });
        await records.audit({ actor: String(values.as ?? 'cli'), action: `cli_${sub}`, target: positionals[0]?.toUpperCase() ?? null });
      }
      return code;
    }
    case 'stats':
      return runStats(request.argv, store, output, context.now());
    case 'feedback':
      return runFeedback(request.argv, store, output);
    case 'staff':
      return runStaffCommand(request.argv, { accounts: new StaffAccounts(store.sqlClient()), records, consoleUrl: context.consoleUrl, now: context.now(), ...(request.stdin !== undefined ? { stdin: request.stdin } : {}) }, output);
  }
}

/** For the local endpoint: runs a request and collects what it printed. */
export async function runBuffered(request: CliRequest, context: BridgeContext): Promise<CliResponse> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStaffCli(request, context, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}
