/** `desk ask [--json] "QUESTION"` and `desk ask --json --batch FILE.jsonl`. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Assistant } from '../../assistant/assistant.ts';
import type { CommandOutput } from './output.ts';
import { answerJson, renderAnswer } from './render.ts';

const BatchLine = z.object({ id: z.union([z.string(), z.number()]), question: z.string() });

export async function runAsk(assistant: Assistant, question: string, json: boolean, output: CommandOutput): Promise<number> {
  const answer = await assistant.ask({ text: question, conversation: 'cli:ask' });
  output.out(json ? JSON.stringify(answerJson(answer)) : renderAnswer(answer));
  return 0;
}

/** One answer line per input line, in order; a bad line gets an error line, not a crash. */
export async function runBatch(assistant: Assistant, file: string, output: CommandOutput): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
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
    // Each batch line is its own conversation: no follow-up leaks between eval questions.
    const answer = await assistant.ask({ text: parsed.question, conversation: `cli:batch:${String(parsed.id)}` });
    output.out(JSON.stringify(answerJson(answer, parsed.id)));
  }
  return failures > 0 ? 1 : 0;
}
