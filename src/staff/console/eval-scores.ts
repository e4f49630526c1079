/** The latest eval report's scores (evals/out/report.json), read defensively: it is a file on disk. */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const Scores = z.object({
  cases: z.number(),
  passRate: z.number(),
  routeAccuracy: z.number(),
  fabricatedAnswers: z.number(),
});
const Report = z.object({
  createdAt: z.string(),
  scores: z.object({ overall: Scores, kinds: z.record(z.string(), Scores) }),
});
export type EvalScores = z.infer<typeof Report>;

export function readEvalScores(path: string): EvalScores | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = Report.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
