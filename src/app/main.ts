/**
 * The `desk` command: the product's command-line contract (see DESIGN.md). Each command
 * returns an exit code; nothing here calls `process.exit`, so tests can run it in-process.
 */
import { existsSync, realpathSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isDeskError } from '../domain/errors.ts';
import { explainOperatorError } from './operator-errors.ts';
import { loadConfig, type Config } from './config.ts';
import type { Runtime, RuntimeOverrides } from './runtime.ts';
import type { SqlCaseStore } from '../adapters/store/sql-case-store.ts';
import { USAGE } from './usage.ts';
import { processOutput, type CommandOutput } from '../adapters/cli/output.ts';

// Every command imports what it needs when it runs: `desk ask` then loads no chat SDK, no
// store driver and no eval harness (module loading was most of its start-up, issue 16).

export async function main(argv: string[], output: CommandOutput = processOutput): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (isDeskError(error, 'CONFIG_INVALID')) {
      output.err(error.message);
      return 2;
    }
    throw error;
  }
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, config, output);
  } catch (error) {
    // An option the command does not take: one line and the usage, not a stack trace.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      // `--help` on a command that has no help of its own is the general usage.
      if (rest.includes('--help') || rest.includes('-h')) {
        output.out(USAGE);
        return 0;
      }
      output.err(`${(error as Error).message.split('. ')[0]}.\n\n${USAGE}`);
      return 2;
    }
    // What an operator can fix is one sentence naming the setting; the stack only on request.
    const sentence = explainOperatorError(error, config);
    if (sentence) {
      output.err(sentence);
      if (config.logLevel === 'debug') output.err(String((error as Error).stack ?? error));
      return 1;
    }
    throw error;
  }
}

/** Runs `work` with a runtime and always closes it (the embedded store holds a lock). */
async function withRuntime(
  config: Config,
  output: CommandOutput,
  overrides: RuntimeOverrides,
  work: (runtime: Runtime) => Promise<number>,
): Promise<number> {
  const { createRuntime } = await import('./runtime.ts');
  const runtime = await createRuntime(config, {
    progress: (step) => output.err(`  … ${step}`),
    ...overrides,
  });
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function dispatch(
  command: string | undefined,
  rest: string[],
  config: Config,
  output: CommandOutput,
): Promise<number> {
  switch (command) {
    case 'knowledge':
      return knowledgeCommand(rest, config, output);
    case 'index':
      return (await import('./index-command.ts')).runIndex(config, output);
    case 'ask': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          json: { type: 'boolean' },
          full: { type: 'boolean' },
          batch: { type: 'string' },
        },
      });
      if (!values.batch && positionals.length === 0) {
        output.err(
          'Usage: desk ask [--json|--full] "QUESTION" | desk ask --json --batch FILE.jsonl',
        );
        return 2;
      }
      const { runAsk, runBatch } = await import('../adapters/cli/ask-command.ts');
      return withRuntime(config, output, { storeMode: 'one-shot' }, async (runtime) => {
        const code = values.batch
          ? await runBatch(runtime.assistant, values.batch, output)
          : await runAsk(
              runtime.assistant,
              positionals.join(' '),
              values.json === true ? 'json' : values.full === true ? 'full' : 'first',
              output,
            );
        await notifyStaffNow(runtime);
        // Said once, after the answer: what this run had to work around.
        const problems = runtime.problems();
        for (const problem of problems) output.err(problem);
        return problems.length > 0 ? 1 : code;
      });
    }
    case 'start':
    case 'chat':
      if (command === 'start' && (config.slack || config.discord))
        return (await import('./serve.ts')).serve(config, output);
      return withRuntime(config, output, { storeMode: 'durable' }, async (runtime) => {
        const { DeliveryWorker } = await import('../staff/delivery-worker.ts');
        const { runChat } = await import('../adapters/cli/chat-command.ts');
        const store = await runtime.store();
        const worker = new DeliveryWorker(store, {
          staff: runtime.staffNotifier(),
          logger: runtime.logger,
        });
        worker.start();
        try {
          return await runChat(
            runtime.assistant,
            store,
            process.stdin,
            output,
            process.stdin.isTTY === true,
          );
        } finally {
          await worker.stop();
          await worker.runOnce();
        }
      });
    case 'serve':
      return (await import('./serve.ts')).serve(config, output);
    case 'cases':
    case 'feedback':
    case 'stats':
    case 'staff':
      // Through the running desk serve when it holds the embedded store, else on the store.
      return (await import('./staff-cli.ts')).runStaffCliCommand(
        command,
        rest,
        config,
        output,
        (work) => withStore(config, ({ store }) => work(store as SqlCaseStore)),
      );
    case 'discord':
      if (rest[0] === 'register')
        return (await import('../adapters/discord/register.ts')).registerCommands(config, output);
      output.err('Usage: desk discord register');
      return 2;
    case 'doctor':
      return (await import('./doctor-command.ts')).runDoctor(config, output);
    case 'eval':
      return (await loadEvalCommand()).runEvalCommand(rest, config, output);
    case 'worker':
      return withRuntime(config, output, {}, async (runtime) =>
        (await import('../adapters/cli/staff-commands.ts')).runWorker(rest, runtime, output),
      );
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      output.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      output.err(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

/**
 * `desk eval` lives in evals/, outside src/: loaded only when asked for, so src/ never
 * imports the eval harness (the same extension as this file: .ts from source, .js from dist/).
 */
async function loadEvalCommand(): Promise<{
  runEvalCommand(argv: string[], config: Config, output: CommandOutput): Promise<number>;
}> {
  const extension = extname(fileURLToPath(import.meta.url));
  // A path, not a URL: in dist/desk.cjs every import() becomes a require(), which takes paths.
  return import(fileURLToPath(new URL(`../../evals/runner/command${extension}`, import.meta.url)));
}

/** Staff commands need the store but not the search index. */
async function withStore(
  config: Config,
  work: (context: { store: Awaited<ReturnType<Runtime['store']>> }) => Promise<number>,
): Promise<number> {
  const { openCaseStore } = await import('../adapters/store/open-store.ts');
  const store = await openCaseStore(config);
  try {
    return await work({ store });
  } finally {
    await store.close();
  }
}

/** After a one-shot answer that opened a case, try to notify staff at once (the worker retries otherwise). */
async function notifyStaffNow(runtime: Runtime): Promise<void> {
  // A store that could not open (the run's problems say why) has nothing to deliver.
  const store = await runtime.storeIfOpened()?.catch(() => null);
  if (!store) return;
  const { DeliveryWorker } = await import('../staff/delivery-worker.ts');
  await new DeliveryWorker(store, { staff: runtime.staffNotifier(), logger: runtime.logger })
    .runOnce()
    .catch(() => undefined);
}

async function knowledgeCommand(
  argv: string[],
  config: Config,
  output: CommandOutput,
): Promise<number> {
  const [sub, ...flags] = argv;
  if (sub === 'template' || sub === 'import' || (sub === 'export' && flags[0] === 'partners'))
    // Loaded on demand: exceljs adds about a second to every other command's start.
    return import('../adapters/cli/partner-sheet-command.ts').then(
      ({ runPartnerSheet, terminalConfirm }) =>
        runPartnerSheet(sub, flags, config.knowledgeDir, output, terminalConfirm()),
    );
  if (sub === 'check')
    return (await import('../adapters/cli/knowledge-command.ts')).runKnowledgeCheck(
      config.knowledgeDir,
      output,
    );
  if (sub === 'coverage')
    return (await import('../adapters/cli/coverage-command.ts')).runKnowledgeCoverage(
      config.knowledgeDir,
      output,
      flags.includes('--json'),
    );
  if (sub === 'drafts')
    return (await import('../adapters/cli/staff-commands.ts')).runDrafts(
      config.knowledgeDir,
      output,
    );
  if (sub === 'promote')
    return (await import('../adapters/cli/staff-commands.ts')).runPromote(
      config.knowledgeDir,
      flags[0],
      output,
    );
  if (sub === 'export') {
    if (!flags.includes('--json')) {
      output.err('desk knowledge export prints JSON: add --json');
      return 2;
    }
    return (await import('../adapters/cli/knowledge-command.ts')).runKnowledgeExport(
      config.knowledgeDir,
      output,
    );
  }
  output.err(
    'Usage: desk knowledge check | coverage [--json] | export --json | export partners | import partners | template partners | drafts | promote ID',
  );
  return 2;
}

/** Defined as true in dist/desk.cjs (scripts/build-bundle.mjs), which bin/desk.js starts itself. */
declare const DESK_BUNDLE: boolean | undefined;

// Run directly (`node dist/src/app/main.js ask "..."` after `npm run build`), not only through bin/desk.js.
// Real paths on both sides: a symlinked folder must not hide that this file is the entry point.
if (
  typeof DESK_BUNDLE === 'undefined' &&
  process.argv[1] &&
  existsSync(process.argv[1]) &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
) {
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.exitCode = await main(process.argv.slice(2));
}
