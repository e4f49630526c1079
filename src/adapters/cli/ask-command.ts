/** `desk ask [--json] "QUESTION"` and `desk ask --json --batch FILE.jsonl`. */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Assistant } from '../../assistant/assistant.ts';
import type { CommandOutput } from './output.ts';
import { answerJson, renderAnswer, renderFullAnswer } from './render.ts';
import { messagesFor } from '../../messages/index.ts';

/** A line may name a conversation: lines that share one run in order as one conversation. */
const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  question: z.string(),
  conversation: z.union([z.string().min(1), z.number()]).optional(),
});

/** `first`: the first message (with a hint when the rest was cut); `full`: the whole answer. */
export type AskOutput = 'first' | 'full' | 'json';

export async function runAsk(
  assistant: Assistant,
  question: string,
  format: AskOutput,
  output: CommandOutput,
): Promise<number> {
  const answer = await assistant.ask({ text: question, conversation: 'cli:ask' });
  if (format === 'json') output.out(JSON.stringify(answerJson(answer)));
  else if (format === 'full') output.out(renderFullAnswer(answer));
  else output.out(renderAnswer(answer, messagesFor(answer.lang).reply.askFullHint));
  return 0;
}

/** One answer line per input line, in order; a bad line gets an error line, not a crash. */
export async function runBatch(
  assistant: Assistant,
  file: string,
  output: CommandOutput,
): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const run = randomUUID().slice(0, 8);
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    let parsed: z.infer<typeof BatchLine> | null = null;
    try {
      const result = BatchLine.safeParse(JSON.parse(raw));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    if (!parsed) {
      failures++;
      output.out(JSON.stringify({ line: lineNumber, error: 'expected {"id", "question"}' }));
      continue;
    }
    // A line without a conversation is its own: no follow-up leaks between independent questions.
    // The run's nonce keeps a named conversation from continuing one of an earlier batch run.
    const conversation =
      parsed.conversation === undefined
        ? `cli:batch:${run}:line:${String(parsed.id)}`
        : `cli:batch:${run}:conversation:${String(parsed.conversation)}`;
    const answer = await assistant.ask({ text: parsed.question, conversation });
    output.out(JSON.stringify(answerJson(answer, parsed.id)));
  }
  return failures > 0 ? 1 : 0;
}
