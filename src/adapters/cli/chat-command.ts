/** `desk chat`: a conversation in the terminal, with follow-ups remembered. The terminal as a ChatChannel. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Assistant } from '../../assistant/assistant.ts';
import type { Answer } from '../../domain/types.ts';
import type { CaseStore, ChatChannel } from '../../domain/ports.ts';
import type { CommandOutput } from './output.ts';
import { renderAnswer, renderFullAnswer } from './render.ts';
import { messagesFor } from '../../messages/index.ts';
import { showStaffReplies, TerminalNotifier } from './terminal-replies.ts';

const CONVERSATION = 'cli:local';

export interface CliChannelConfig {
  input: Readable;
  output: CommandOutput;
  interactive: boolean;
}

export interface CliChannel extends ChatChannel {
  /** Resolves with the exit code when the student leaves (exit, or end of input). */
  finished(): Promise<number>;
}

export function createCliChannel(
  config: CliChannelConfig,
  deps: { assistant: Assistant; store: CaseStore },
): CliChannel {
  const notifier = new TerminalNotifier(
    CONVERSATION,
    deps.assistant.knowledge.office,
    config.output,
  );
  let running: Promise<number> | null = null;
  return {
    name: 'cli',
    notifier,
    takesCaseCards: false,
    describe: () => 'terminal chat',
    async start() {
      running ??= chat(deps.assistant, deps.store, notifier, config);
    },
    async stop() {
      await running;
    },
    finished: () => running ?? Promise.resolve(0),
  };
}

export async function runChat(
  assistant: Assistant,
  store: CaseStore,
  input: Readable,
  output: CommandOutput,
  interactive: boolean,
): Promise<number> {
  const channel = createCliChannel({ input, output, interactive }, { assistant, store });
  await channel.start();
  return channel.finished();
}

async function chat(
  assistant: Assistant,
  store: CaseStore,
  notifier: TerminalNotifier,
  { input, output, interactive }: CliChannelConfig,
): Promise<number> {
  output.out(
    'Exchange Desk — ask about exchange study in Japanese or English. After an answer: /more (the full answer), /helpful, /not-helpful, /staff (talk to staff). "exit" to leave.\n交換留学について日本語か英語で質問してください。回答の後に /more（全文）・/helpful・/not-helpful・/staff（職員に相談）。終了は "exit"。',
  );
  await showStaffReplies(store, notifier, CONVERSATION);
  const lines = createInterface({ input, terminal: false });
  if (interactive) output.out('> ');
  let last: Answer | null = null;
  for await (const line of lines) {
    const text = line.trim();
    if (/^\/?(exit|quit|終了)$/i.test(text)) break;
    if (/^\/more$/i.test(text)) {
      if (last?.more) output.out(`${renderFullAnswer(last)}\n`);
      else output.out(messagesFor(last?.lang ?? 'en').reply.nothingMore);
      if (interactive) output.out('> ');
      continue;
    }
    if (/^\/(helpful|not-helpful)$/i.test(text)) {
      if (last)
        output.out(
          (await assistant.feedback(last.answerId, /^\/helpful$/i.test(text), last.lang)).reply,
        );
      else output.out('Ask a question first.');
    } else if (/^\/staff$/i.test(text)) {
      last = await assistant.requestStaff(CONVERSATION, last ? 'not_helpful' : 'wants_person');
      output.out(`${renderAnswer(last)}\n`);
    } else if (text !== '') {
      last = await assistant.ask({ text, conversation: CONVERSATION });
      output.out(`${renderAnswer(last, messagesFor(last.lang).reply.terminalMoreHint)}\n`);
      await showStaffReplies(store, notifier, CONVERSATION);
    }
    if (interactive) output.out('> ');
  }
  // A terminal's stdin stays open after `exit` (only end of input closes it), and an open,
  // reading stdin keeps Node running: let go of it so the process ends.
  lines.close();
  input.pause();
  if (interactive) input.destroy();
  return 0;
}
