/**
 * The staff commands of the CLI (`desk cases`, `desk stats`, `desk feedback`, `desk staff`):
 * sent to the `desk serve` running on this machine when it holds the embedded store (through
 * the console's loopback endpoint), otherwise run on the store directly. Both ways run the
 * same function, so the output and the audit rows are identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { z } from 'zod';
import { runCases } from '../adapters/cli/cases-command.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';
import { runFeedback, runStats } from '../adapters/cli/staff-commands.ts';
import { createConsoleSqlStore } from '../adapters/store/console-sql-store.ts';
import type { SqlCaseStore } from '../adapters/store/sql-case-store.ts';
import { writeDraftFromCase } from '../knowledge/drafts.ts';
import {
  callRunningServer,
  CliRequest,
  type CliResponse,
} from '../staff/console/local-endpoint.ts';
import { formatOfficeTime } from '../staff/console/office-time.ts';
import { runStaffCommand } from '../staff/console/staff-command.ts';
import type { Config } from './config.ts';

export interface StaffCliContext {
  store: SqlCaseStore;
  knowledgeDir: string;
  timeZone: string;
  consoleUrl: string;
  now: () => Date;
}

/** The office's time zone from knowledge/office.yaml (UTC, still labelled, if unreadable). */
export function officeTimeZone(knowledgeDir: string): string {
  try {
    const parsed = z
      .object({ timeZone: z.string().min(1) })
      .safeParse(parse(readFileSync(join(knowledgeDir, 'office.yaml'), 'utf8')));
    return parsed.success ? parsed.data.timeZone : 'UTC';
  } catch {
    return 'UTC';
  }
}

export async function runStaffCli(
  request: CliRequest,
  context: StaffCliContext,
  output: CommandOutput,
): Promise<number> {
  const { store, knowledgeDir } = context;
  const { accounts, records } = createConsoleSqlStore(store.sqlClient());
  switch (request.command) {
    case 'cases': {
      const code = await runCases(request.argv, store, output, {
        draftFaq: async (record) => writeDraftFromCase(knowledgeDir, record, context.now()),
        formatTime: (iso) => formatOfficeTime(iso, context.timeZone, 'en'),
      });
      const [sub, ...rest] = request.argv;
      if (code === 0 && ['claim', 'reply', 'resolve', 'reopen'].includes(sub ?? '')) {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          strict: false,
          options: { as: { type: 'string' } },
        });
        await records.audit({
          actor: String(values.as ?? 'cli'),
          action: `cli_${sub}`,
          target: positionals[0]?.toUpperCase() ?? null,
        });
      }
      return code;
    }
    case 'stats':
      return runStats(request.argv, store, output, context.now());
    case 'feedback':
      return runFeedback(request.argv, store, output);
    case 'staff':
      return runStaffCommand(
        request.argv,
        {
          accounts,
          records,
          consoleUrl: context.consoleUrl,
          now: context.now(),
          ...(request.stdin !== undefined ? { stdin: request.stdin } : {}),
        },
        output,
      );
  }
}

/** For the loopback endpoint: runs a request and collects what it printed. */
export async function runBuffered(
  request: CliRequest,
  context: StaffCliContext,
): Promise<CliResponse> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStaffCli(request, context, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, out, err };
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The CLI entry: ask the running server first (it holds the embedded store), else open the store. */
export async function runStaffCliCommand(
  command: string,
  argv: string[],
  config: Config,
  output: CommandOutput,
  withStore: (work: (store: SqlCaseStore) => Promise<number>) => Promise<number>,
): Promise<number> {
  const stdin = argv.includes('--password-stdin') ? await readStdin() : undefined;
  const request = CliRequest.parse({ command, argv, ...(stdin !== undefined ? { stdin } : {}) });
  // With PostgreSQL every process opens the store itself; only the embedded one is exclusive.
  const remote = config.databaseUrl ? null : await callRunningServer(config.dataDir, request);
  if (remote) {
    for (const line of remote.out) output.out(line);
    for (const line of remote.err) output.err(line);
    return remote.code;
  }
  return withStore((store) =>
    runStaffCli(
      request,
      {
        store,
        knowledgeDir: config.knowledgeDir,
        timeZone: officeTimeZone(config.knowledgeDir),
        consoleUrl: config.consoleUrl ?? `http://localhost:${config.port}`,
        now: () => new Date(),
      },
      output,
    ),
  );
}
