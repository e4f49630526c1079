/** `desk chat`: a conversation in the terminal, with follow-ups remembered. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Assistant } from '../../core/assistant.ts';
import type { CaseStore } from '../../core/ports.ts';
import type { CommandOutput } from './output.ts';
import { renderAnswer } from './render.ts';
import { showStaffReplies } from './terminal-replies.ts';

const CONVERSATION = 'cli:local';

export async function runChat(assistant: Assistant, store: CaseStore, input: Readable, output: CommandOutput, interactive: boolean): Promise<number> {
  output.out('Exchange Desk — ask about exchange study in Japanese or English. Type "exit" to leave.\n交換留学について日本語か英語で質問してください。終了は "exit"。');
  await showStaffReplies(store, CONVERSATION, output);
  const lines = createInterface({ input, terminal: false });
  if (interactive) output.out('> ');
  for await (const line of lines) {
    const text = line.trim();
    if (/^(exit|quit|終了)$/i.test(text)) break;
    if (text !== '') {
      const answer = await assistant.ask({ text, conversation: CONVERSATION });
      output.out(`${renderAnswer(answer)}\n`);
      await showStaffReplies(store, CONVERSATION, output);
    }
    if (interactive) output.out('> ');
  }
  return 0;
}
