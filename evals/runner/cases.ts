/** Eval cases: `evals/cases/*.jsonl`, one JSON object a line, validated with zod. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const EvalKind = z.enum([
  'partner_filter',
  'partner_lookup',
  'guide_fact',
  'handover',
  'out_of_scope',
  'adversarial',
  'not_found',
  'follow_up',
]);
export type EvalKind = z.infer<typeof EvalKind>;

export const EvalCase = z
  .object({
    id: z.string().min(1),
    kind: EvalKind,
    lang: z.enum(['ja', 'en']),
    question: z.string().optional(),
    turns: z.array(z.string()).min(2).optional(),
    expect: z.object({
      route: z.enum(['partners', 'knowledge', 'handover', 'out_of_scope', 'refused']),
      partners: z.array(z.string()).optional(),
      mustNotInclude: z.array(z.string()).optional(),
      facts: z.array(z.array(z.string()).min(1)).optional(),
      section: z.string().optional(),
      reason: z.string().optional(),
      mustNotContain: z.array(z.string()).optional(),
    }),
    source: z.object({ file: z.string(), part: z.string() }),
    note: z.string().optional(),
  })
  .refine(
    (c) => Boolean(c.question) !== Boolean(c.turns),
    'a case has either "question" or "turns"',
  );
export type EvalCase = z.infer<typeof EvalCase>;

export function questionsOf(evalCase: EvalCase): string[] {
  return evalCase.turns ?? [evalCase.question!];
}

/** Loads every case under a folder (or one file); a malformed line is an error naming file and line. */
export function loadCases(path: string, kind?: string): EvalCase[] {
  if (!existsSync(path)) throw new Error(`No eval cases at ${path}`);
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => n.endsWith('.jsonl'))
        .sort()
        .map((n) => join(path, n))
    : [path];
  const cases: EvalCase[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        let data: unknown;
        try {
          data = JSON.parse(line);
        } catch (error) {
          throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
        }
        const parsed = EvalCase.safeParse(data);
        if (!parsed.success)
          throw new Error(
            `${file}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
        if (seen.has(parsed.data.id))
          throw new Error(`${file}:${index + 1}: duplicate case id ${parsed.data.id}`);
        seen.add(parsed.data.id);
        cases.push(parsed.data);
      });
  }
  return kind ? cases.filter((c) => c.kind === kind) : cases;
}
