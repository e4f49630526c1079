/** The index on disk: what a later command loads answers as the index that was built. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { HASHING_EMBEDDING_ID, HashingEmbeddings } from './hashing-embeddings.ts';
import { buildSearchIndex, loadSearchIndex } from './search-index.ts';

const embedding = { id: HASHING_EMBEDDING_ID, embeddings: new HashingEmbeddings() };
const dataDir = mkdtempSync(join(tmpdir(), 'desk-search-index-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const QUESTIONS = [
  ['How much is the exchange scholarship?', 'en'],
  ['奨学金はいくらもらえますか', 'ja'],
  ['When do I apply for the second round?', 'en'],
  ['TOEICのスコアはいつまでに出せばいい？', 'ja'],
] as const;

describe('the stored index', () => {
  it('is loaded without rebuilding and retrieves as the built one', async () => {
    const steps: string[] = [];
    const built = await buildSearchIndex(testKnowledge(), embedding, dataDir, (step) =>
      steps.push(step),
    );
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BM25 over \d+ passages \(\d+ ja, \d+ en\)$/),
        expect.stringMatching(/\d+ distinct texts cut into \d+ terms/),
      ]),
    );
    const loaded = await loadSearchIndex(testKnowledge(), embedding, dataDir);
    expect(loaded.rebuilt).toBe(false);
    for (const [question, lang] of QUESTIONS) {
      const expected = await built.retriever.retrieve(question, lang, 8);
      expect(expected.length).toBeGreaterThan(0);
      expect(await loaded.retriever.retrieve(question, lang, 8)).toEqual(expected);
    }
  });

  it('is rebuilt when another version of the files wrote it', async () => {
    await buildSearchIndex(testKnowledge(), embedding, dataDir);
    const manifestFile = join(dataDir, 'index', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { format: number };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, format: 2 }));
    const steps: string[] = [];
    const loaded = await loadSearchIndex(testKnowledge(), embedding, dataDir, (step) =>
      steps.push(step),
    );
    expect(loaded.rebuilt).toBe(true);
    expect(steps[0]).toMatch(/another version/);
  });
});
