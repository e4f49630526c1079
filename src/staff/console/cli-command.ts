/**
 * The CLI side of the staff commands: ask the `desk serve` running on this machine first
 * (it holds the embedded store), and open the store only when none answers.
 */
import type { CommandOutput } from '../../channels/cli/output.ts';
import type { Config } from '../../config.ts';
import type { SqlCaseStore } from '../../handover/sql-case-store.ts';
import { officeTimeZone, runStaffCli } from './cli-bridge.ts';
import { callRunningServer, CliRequest } from './local-endpoint.ts';

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

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
    runStaffCli(request, { store, knowledgeDir: config.knowledgeDir, timeZone: officeTimeZone(config.knowledgeDir), consoleUrl: config.consoleUrl ?? `http://localhost:${config.port}`, now: () => new Date() }, output),
  );
}
