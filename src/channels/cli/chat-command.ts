/** `desk chat`: a conversation in the terminal, with follow-ups remembered. */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Assistant } from '../../core/assistant.ts';
import type { CommandOutput } from './output.ts';
import { renderAnswer } from './render.ts';

export async function runChat(assistant: Assistant, input: Readable, output: CommandOutput, interactive: boolean): Promise<number> {
  output.out('Exchange Desk — ask about exchange study in Japanese or English. Type "exit" to leave.\n交換留学について日本語か英語で質問してください。終了は "exit"。');
  const lines = createInterface({ input, terminal: false });
  if (interactive) output.out('> ');
  for await (const line of lines) {
    const text = line.trim();
    if (/^(exit|quit|終了)$/i.test(text)) break;
    if (text !== '') {
      const answer = await assistant.ask({ text, conversation: 'cli:local' });
      output.out(`${renderAnswer(answer)}\n`);
    }
    if (interactive) output.out('> ');
  }
  return 0;
}
