/**
 * `knowledge/coverage.yaml`: which parts of each seed the coverage check reads, and the
 * reviewed list of extracted facts no passage needs to carry, each with its reason. Staff
 * edit it by hand, so it is parsed strictly and every entry must still match something.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const SeedScope = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  /** Read from the line after the first line containing this text (absent: from the start). */
  from: z.string().min(1).nullable().default(null),
  /** Stop at the first line containing this text (absent: to the end). */
  until: z.string().min(1).nullable().default(null),
  /** Why the parts outside from/until are not read. */
  reason: z.string().min(10).nullable().default(null),
  /** Lines outside from/until that are read all the same (each found by a text it contains). */
  include: z.array(z.strictObject({ contains: z.string().min(2), reason: z.string().min(10) })).default([]),
});

const Ignored = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  /** The fact as `desk knowledge coverage` prints it (kind and text), e.g. `name: Email`. */
  fact: z.string().regex(/^(figure|date|year|time|contact|name): .+/, 'kind: text, as the coverage report prints it'),
  reason: z.string().min(10, 'say why no passage needs this fact'),
});
export type Ignored = z.infer<typeof Ignored>;

export const CoverageFile = z.strictObject({
  seeds: z.array(SeedScope).min(1),
  ignore: z.array(Ignored).default([]),
});
export type CoverageFile = z.infer<typeof CoverageFile>;
export type SeedScope = z.infer<typeof SeedScope>;

export function readCoverageFile(knowledgeDir: string): { file: CoverageFile | null; problems: string[] } {
  const path = join(knowledgeDir, 'coverage.yaml');
  if (!existsSync(path)) return { file: null, problems: ['coverage.yaml is missing'] };
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { file: null, problems: [`coverage.yaml is not valid YAML: ${(error as Error).message}`] };
  }
  const parsed = CoverageFile.safeParse(data);
  if (parsed.success) return { file: parsed.data, problems: [] };
  return { file: null, problems: parsed.error.issues.map((issue) => `coverage.yaml ${issue.path.join('.')}: ${issue.message}`) };
}

/** The lines of a seed the check reads, with their line numbers (1-based). */
export function scopedLines(text: string, scope: SeedScope): { line: number; text: string }[] {
  const lines = text.split('\n');
  const start = scope.from ? lines.findIndex((l) => l.includes(scope.from!)) + 1 : 0;
  const untilAt = scope.until ? lines.findIndex((l, i) => i >= start && l.includes(scope.until!)) : -1;
  const end = untilAt < 0 ? lines.length : untilAt;
  return lines
    .map((line, index) => ({ line: index + 1, text: line }))
    .filter(({ text, line }) => (line - 1 >= start && line - 1 < end) || scope.include.some((i) => compact(text).includes(compact(i.contains))));
}

const compact = (text: string) => text.replace(/\s+/g, '');
