/**
 * Which facts of the seeds no passage carries. Every figure, date, year, time, contact and
 * name the extractor finds in the seeds' scoped text must occur in some passage (ja or en,
 * guide, about or FAQ), or be on the reviewed ignore list with a reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../load.ts';
import { buildPassages, type Passage } from '../passages.ts';
import { readCoverageFile, scopedLines } from './coverage-file.ts';
import { compactSpacing, extractFacts, nameKey, type Fact } from './seed-facts.ts';

export interface SeedFact extends Fact {
  file: string;
  line: number;
  /** `kind: text`, the form the report prints and the ignore list uses. */
  label: string;
}

export interface CoverageReport {
  /** Facts found in the scoped seed text, per file. */
  found: Record<string, number>;
  missing: SeedFact[];
  ignored: number;
  /** Problems with coverage.yaml itself: markers not found, ignore entries nothing needs. */
  problems: string[];
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function labelOf(fact: Pick<Fact, 'kind' | 'shown'> & { key?: string }): string {
  const shown = compactSpacing(fact.shown).replace(/[,.;:]$/, '').trim();
  // A range or a full date yields several keys from one text: the label says which.
  return fact.kind === 'date' && fact.key ? `date: ${shown} (${fact.key})` : `${fact.kind}: ${shown}`;
}

/** Labels compare whatever their spacing and width (staff type them by hand). */
const sameLabel = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/** Everything the passages say, in the forms facts are compared in. */
class Carried {
  private readonly keys = new Set<string>();
  private readonly names: string;

  constructor(passages: Passage[]) {
    const texts = passages.map((p) => `${p.title}\n${p.text}`);
    for (const text of texts) for (const fact of extractFacts(text)) this.keys.add(`${fact.kind}:${fact.key}`);
    this.names = texts.map(nameKey).join('\n');
  }

  has(fact: Fact): boolean {
    if (fact.kind !== 'name') return this.keys.has(`${fact.kind}:${fact.key}`) || (fact.kind === 'contact' && this.names.includes(nameKey(fact.key)));
    if (fact.key.startsWith('ja:')) return this.japaneseName(fact.key.slice(3));
    if (this.names.includes(fact.key)) return true;
    // "University of Waikato in New Zealand", "Moscow State University and ...": names joined
    // by "in"/"and", each carried on its own.
    const parts = compactSpacing(fact.shown).split(/\s+(?:in|and)\s+/i);
    return parts.length > 1 && parts.every((part) => this.names.includes(nameKey(part)));
  }

  /**
   * A Japanese name run may begin with words that are not part of the name (the PDF text
   * dropped the punctuation around it): a tail that starts at a word boundary and keeps at
   * least two characters before the generic ending is enough.
   */
  private japaneseName(run: string): boolean {
    const starts = [...segmenter.segment(run)].map((s) => s.index);
    const ending = /(大学校|大学|センター|奨学金|奨学生制度|セミナー|プログラム|研修|試験|検定|支援室|機構|協定校|学部|研究科)$/.exec(run)?.[0] ?? '';
    return starts.some((start) => run.length - start - ending.length >= 2 && this.names.includes(run.slice(start)));
  }
}

export function seedFacts(knowledgeDir: string): { facts: SeedFact[]; found: Record<string, number>; problems: string[] } {
  const { file, problems } = readCoverageFile(knowledgeDir);
  if (!file) return { facts: [], found: {}, problems };
  const facts: SeedFact[] = [];
  const found: Record<string, number> = {};
  for (const scope of file.seeds) {
    const path = join(knowledgeDir, 'sources', scope.file);
    if (!existsSync(path)) {
      problems.push(`coverage.yaml: seed ${scope.file} is not in knowledge/sources/`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    for (const marker of [scope.from, scope.until, ...scope.include.map((i) => i.contains)])
      if (marker && !text.replace(/\s+/g, '').includes(marker.replace(/\s+/g, ''))) problems.push(`coverage.yaml: "${marker}" does not occur in ${scope.file}`);
    const seen = new Set<string>();
    for (const { line, text: lineText } of scopedLines(text, scope)) {
      for (const fact of extractFacts(lineText)) {
        const id = `${fact.kind}:${fact.key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        facts.push({ ...fact, file: scope.file, line, label: labelOf(fact) });
      }
    }
    found[scope.file] = seen.size;
  }
  return { facts, found, problems };
}

export function checkCoverage(knowledge: KnowledgeBase, passages: Passage[] = buildPassages(knowledge)): CoverageReport {
  const { facts, found, problems } = seedFacts(knowledge.root);
  const ignoreList = readCoverageFile(knowledge.root).file?.ignore ?? [];
  const carried = new Carried(passages);
  const uncarried = facts.filter((fact) => !carried.has(fact));
  const used = new Set<number>();
  const missing = uncarried.filter((fact) => {
    const index = ignoreList.findIndex((entry) => entry.file === fact.file && sameLabel(entry.fact, fact.label));
    if (index < 0) return true;
    used.add(index);
    return false;
  });
  ignoreList.forEach((entry, index) => {
    // An entry that matches nothing left to ignore is stale: the fact is carried now or gone.
    if (!used.has(index)) problems.push(`coverage.yaml ignore: "${entry.fact}" (${entry.file}) matches no uncarried fact; remove it`);
  });
  return { found, missing, ignored: used.size, problems };
}
