/**
 * Questions per passage and the seed coverage check, on the real knowledge and on temporary
 * copies of it with one thing broken.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKnowledgeCoverage } from '../../src/adapters/cli/coverage-command.ts';
import { checkCoverage } from '../../src/knowledge/seed-coverage/coverage.ts';
import { extractFacts } from '../../src/knowledge/seed-coverage/seed-facts.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildPassages } from '../../src/knowledge/passages.ts';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../src/assistant/assistant.ts';
import { HASHING_EMBEDDING_ID, HashingEmbeddings } from '../../src/retrieval/hashing-embeddings.ts';
import { buildSearchIndex } from '../../src/retrieval/search-index.ts';
import { realRuntime } from '../helpers/runtime.ts';

function copyOfKnowledge(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'desk-knowledge-')), 'knowledge');
  cpSync('knowledge', root, { recursive: true });
  return root;
}

function replaceIn(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.split(from).join(to));
}

describe('questions each passage answers', () => {
  it('every guide and about passage of both languages has questions in both languages', () => {
    const { knowledge, problems } = loadKnowledge('knowledge');
    expect(problems).toEqual([]);
    const passages = buildPassages(knowledge!);
    const documents = passages.filter((p) => p.kind !== 'faq');
    expect(
      documents.filter((p) => (p.questions ?? []).length === 0).map((p) => `${p.lang}|${p.id}`),
    ).toEqual([]);
    for (const passage of passages) {
      expect(
        (passage.questions ?? []).some((q) => /[\u3040-\u30FF\u4E00-\u9FFF]/.test(q)),
        passage.id,
      ).toBe(true);
      expect(
        (passage.questions ?? []).some((q) => /^[\x20-\x7E’–]+$/.test(q)),
        passage.id,
      ).toBe(true);
    }
  });

  it('fails the check on an anchor that matches no passage', () => {
    const root = copyOfKnowledge();
    replaceIn(
      join(root, 'questions/scholarship.yaml'),
      'en: "The Mie University International Exchange Scholarship pays"',
      'en: "a sentence the guide never wrote"',
    );
    const { knowledge, problems } = loadKnowledge(root);
    expect(knowledge).toBeNull();
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /anchor\.en "a sentence the guide never wrote" occurs in no en passage of scholarship/,
    );
  });

  it('fails the check on an anchor that matches more than one passage', () => {
    const root = copyOfKnowledge();
    replaceIn(
      join(root, 'questions/scholarship.yaml'),
      'ja: "三重大学国際交流特別奨学金の奨学金額は"',
      'ja: "三重大学国際交流特別奨学"',
    );
    const { problems } = loadKnowledge(root);
    expect(problems.map((p) => p.message).join('\n')).toMatch(
      /occurs in \d+ ja passages of scholarship/,
    );
  });

  it('an English question finds the fact through a curated question, in English', async () => {
    const { index } = await realRuntime();
    // A mixed question students write: the Japanese term is in the curated questions of both languages.
    const [top] = await index.retriever.retrieve('在留届 what is it', 'en', 3);
    expect(top?.passage.section).toBe('safety-abroad');
    expect(top?.passage.lang).toBe('en');
  });
});

describe('retrieval with the curated questions', () => {
  // Paraphrases that share little with the passages' own wording (none is a curated question verbatim).
  const PARAPHRASES: [string, 'ja' | 'en', string][] = [
    ['毎月の予算ってどのくらい？', 'ja', 'requirements'],
    ['how much should I budget each month abroad', 'en', 'requirements'],
    ['SPACE Jの日本語レベルは？', 'ja', 'scrape-study-abroad-lines'],
    ['what do I hand in after I get back', 'en', 'after-return'],
    ['安否の連絡は月何回？', 'ja', 'safety-abroad'],
  ];

  it('finds paraphrases it would miss or doubt without them', async () => {
    const { knowledge } = loadKnowledge('knowledge');
    const embedding = { id: HASHING_EMBEDDING_ID, embeddings: new HashingEmbeddings() };
    const withQuestions = await buildSearchIndex(knowledge!, embedding, null);
    const bare = {
      ...knowledge!,
      questions: [],
      faq: knowledge!.faq.map((entry) => ({ ...entry, paraphrases: undefined })),
    };
    const withoutQuestions = await buildSearchIndex(bare, embedding, null);
    for (const [question, lang, section] of PARAPHRASES) {
      const [top] = await withQuestions.retriever.retrieve(question, lang, 3);
      const [before] = await withoutQuestions.retriever.retrieve(question, lang, 3);
      expect(top?.passage.section, question).toBe(section);
      expect(top?.passage.lang).toBe(lang);
      expect(top!.confidence, question).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
      expect(top!.confidence, question).toBeGreaterThan(before?.confidence ?? 0);
    }
  }, 60_000);
});

describe('seed coverage', () => {
  it('finds figures, dates and names in either language on one key', () => {
    const keys = (text: string) => extractFacts(text).map((f) => `${f.kind}:${f.key}`);
    expect(keys('奨 学 金 額 は 15 万 円')).toContain('figure:150000 yen');
    expect(keys('The scholarship pays 150,000 yen.')).toContain('figure:150000 yen');
    expect(keys('established on October 1, 2005')).toContain('date:2005-10-01');
    expect(keys('2005年10月1日に設立')).toContain('date:2005-10-01');
    expect(keys('from October 8-15, 2025')).toEqual(
      expect.arrayContaining(['date:2025-10-08', 'date:2025-10-15']),
    );
    expect(keys('with Moscow State University and others')).toContain('name:moscowstateuniversity');
  });

  it('is empty on the real knowledge', () => {
    const { knowledge } = loadKnowledge('knowledge');
    const report = checkCoverage(knowledge!);
    expect(report.problems).toEqual([]);
    expect(report.missing.map((m) => `${m.file}:${m.line} ${m.label}`)).toEqual([]);
    expect(Object.values(report.found).reduce((a, b) => a + b, 0)).toBeGreaterThan(250);
  });

  it('lists a fact that a passage no longer carries', () => {
    const root = copyOfKnowledge();
    // TOEFL's year of origin is carried only by the english-tests section (both languages).
    replaceIn(join(root, 'guide/english-tests.en.md'), 'in 1964', 'long ago');
    replaceIn(join(root, 'guide/english-tests.ja.md'), '1964年に、', '');
    const { knowledge } = loadKnowledge(root);
    const report = checkCoverage(knowledge!);
    expect(report.missing.map((m) => `${m.file} ${m.label}`)).toEqual([
      '001_2f5be6675cafeb59.txt year: 1964年',
    ]);
  });

  it('desk knowledge coverage exits 0 on the real knowledge and 1, naming the fact, on a broken copy', () => {
    const lines: string[] = [];
    const output = {
      out: (text: string) => lines.push(text),
      err: (text: string) => lines.push(text),
    };
    expect(runKnowledgeCoverage('knowledge', output)).toBe(0);
    expect(lines.join('\n')).toMatch(/0 carried by no passage/);
    const root = copyOfKnowledge();
    replaceIn(join(root, 'about/tohoku-iehe.en.md'), 'Innovative Leaders Platform', 'a fifth unit');
    replaceIn(join(root, 'about/tohoku-iehe.ja.md'), 'Innovative Leaders Platform', '第五の組織');
    lines.length = 0;
    expect(runKnowledgeCoverage(root, output)).toBe(1);
    expect(lines.join('\n')).toMatch(
      /004_4a2d9138f3cb63ef\.txt:\d+ {2}name: Innovative Leaders Platform/,
    );
  });

  it('reports an ignore entry that no longer matches anything', () => {
    const root = copyOfKnowledge();
    replaceIn(
      join(root, 'coverage.yaml'),
      'ignore:\n',
      'ignore:\n  - file: 000_0b61288a7e143fc8.txt\n    fact: "name: Nothing Like This"\n    reason: "a stale entry for the test"\n',
    );
    const { knowledge } = loadKnowledge(root);
    expect(checkCoverage(knowledge!).problems.join('\n')).toMatch(
      /"name: Nothing Like This" .* matches no uncarried fact/,
    );
  });
});
