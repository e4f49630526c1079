/**
 * The `desk` command: the product's command-line contract (see DESIGN.md). Each command
 * returns an exit code; nothing here calls `process.exit`, so tests can run it in-process.
 */
import { ConfigError, loadConfig, type Config } from '../../config.ts';
import { parseArgs } from 'node:util';
import { createRuntime, KnowledgeInvalidError } from '../../runtime.ts';
import { runAsk, runBatch } from './ask-command.ts';
import { runChat } from './chat-command.ts';
import { runIndex } from './index-command.ts';
import { runKnowledgeCheck, runKnowledgeExport } from './knowledge-command.ts';
import { processOutput, type CommandOutput } from './output.ts';

const USAGE = `Usage: desk <command>

  ask [--json] "QUESTION"          answer one question
  ask --json --batch FILE.jsonl    answer one {"id","question"} per line
  chat                             a conversation in the terminal
  index                            (re)build the search index under DATA_DIR
  knowledge check                  validate knowledge/ and print counts
  knowledge export --json          print every curated record
  serve                            start the configured chat channels
  start                            serve when a channel is configured, else chat
`;

export async function main(argv: string[], output: CommandOutput = processOutput): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      output.err(error.message);
      return 2;
    }
    throw error;
  }
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, config, output);
  } catch (error) {
    if (error instanceof KnowledgeInvalidError) {
      output.err(error.message);
      return 1;
    }
    throw error;
  }
}

async function dispatch(command: string | undefined, rest: string[], config: Config, output: CommandOutput): Promise<number> {
  const progress = (step: string) => output.err(`  … ${step}`);
  switch (command) {
    case 'knowledge':
      return knowledgeCommand(rest, config, output);
    case 'index':
      return runIndex(config, output);
    case 'ask': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' }, batch: { type: 'string' } } });
      const question = positionals.join(' ');
      if (!values.batch && question.trim() === '' && positionals.length === 0) {
        output.err('Usage: desk ask [--json] "QUESTION" | desk ask --json --batch FILE.jsonl');
        return 2;
      }
      const { assistant } = await createRuntime(config, { progress });
      if (values.batch) return runBatch(assistant, values.batch, output);
      return runAsk(assistant, question, values.json === true, output);
    }
    case 'chat':
    case 'start': {
      const { assistant } = await createRuntime(config, { progress });
      return runChat(assistant, process.stdin, output, process.stdin.isTTY === true);
    }
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

function knowledgeCommand(argv: string[], config: Config, output: CommandOutput): number {
  const [sub, ...flags] = argv;
  if (sub === 'check') return runKnowledgeCheck(config.knowledgeDir, output);
  if (sub === 'export') {
    if (!flags.includes('--json')) {
      output.err('desk knowledge export prints JSON: add --json');
      return 2;
    }
    return runKnowledgeExport(config.knowledgeDir, output);
  }
  output.err('Usage: desk knowledge check | desk knowledge export --json');
  return 2;
}
