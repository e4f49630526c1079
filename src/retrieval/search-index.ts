/**
 * The search index on disk under DATA_DIR/index: BM25 JSON, one vector graph per language
 * (hnswlib's binary graph, read as is), and a manifest with the knowledge's content hash, the embedding
 * that built it and the storage format. Loading rebuilds by itself when any has changed.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { buildPassages, type Passage } from '../knowledge/passages.ts';
import { HASHING_EMBEDDING_ID, hashingVectorOfTokens } from './hashing-embeddings.ts';
import { HybridRetriever, termsFromTokens, type PassageTerms } from './hybrid-retriever.ts';
import { LexicalIndex } from './lexical-index.ts';
import { allTokens, passageTokens } from './passage-tokens.ts';
import { VectorIndex } from './vector-index.ts';

/** Bumped when the files' layout changes, so an index written by an older version is rebuilt. */
const FORMAT = 3;

const Manifest = z.object({
  format: z.number().optional(),
  knowledgeHash: z.string(),
  embeddingId: z.string(),
  passages: z.number(),
  builtAt: z.string(),
});
type Manifest = z.infer<typeof Manifest>;

export interface IndexEmbedding {
  id: string;
  embeddings: EmbeddingsInterface;
}

export type IndexProgress = (step: string) => void;

export interface LoadedIndex {
  retriever: HybridRetriever;
  passages: Passage[];
  manifest: Manifest;
  rebuilt: boolean;
}

/** Builds the index in memory and, when `dataDir` is given, writes it atomically. */
export async function buildSearchIndex(
  knowledge: KnowledgeBase,
  embedding: IndexEmbedding,
  dataDir: string | null,
  progress: IndexProgress = () => {},
): Promise<LoadedIndex> {
  progress('cutting passages');
  const passages = buildPassages(knowledge);
  progress(`tokenising ${passages.length} passages`);
  const tokens = passages.map(passageTokens);
  progress(`BM25 over ${passages.length} passages`);
  const lexical = LexicalIndex.build(passages, tokens);
  progress(`vectors (${embedding.id})`);
  const tokenOf = new Map(passages.map((passage, index) => [passage, tokens[index]!]));
  // The hashing embedding hashes the tokens just cut; a model embedding gets the text.
  const fromTokens = embedding.id === HASHING_EMBEDDING_ID ? (passage: Passage) => hashingVectorOfTokens(allTokens(tokenOf.get(passage)!)) : undefined;
  const step = Math.max(1000, Math.ceil(passages.length / 10));
  let reported = 0;
  const vectors = await VectorIndex.build(passages, embedding.embeddings, {
    ...(fromTokens ? { fromTokens } : {}),
    progress: (done, total) => {
      if (done - reported < step && done < total) return;
      reported = done;
      progress(`vectors ${done}/${total}`);
    },
  });
  const manifest: Manifest = { format: FORMAT, knowledgeHash: knowledge.hash, embeddingId: embedding.id, passages: passages.length, builtAt: new Date().toISOString() };
  if (dataDir) {
    progress(`writing ${join(dataDir, 'index')}`);
    const target = join(dataDir, 'index');
    const staging = `${target}.building-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'lexical.json'), lexical.toJson());
    writeFileSync(join(staging, 'passages.json'), JSON.stringify(passages));
    vectors.save(join(staging, 'vectors'));
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    // Swap in whole, so a reader never sees half an index.
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  }
  // The retriever's term sets from the same tokens: nothing is cut again at question time.
  const prepared = new Map<string, PassageTerms>();
  passages.forEach((passage, index) => {
    const { title, keywords, text } = tokens[index]!;
    prepared.set(`${passage.lang}|${passage.id}`, {
      all: termsFromTokens([...title.words, ...keywords.words, ...text.words], [...title.bigrams, ...keywords.bigrams, ...text.bigrams]),
      title: termsFromTokens(title.words, title.bigrams),
      text: termsFromTokens(text.words, text.bigrams),
    });
  });
  return { retriever: new HybridRetriever(passages, lexical, vectors, undefined, prepared), passages, manifest, rebuilt: true };
}

/** Loads the stored index if it matches the knowledge and embedding; otherwise rebuilds it. */
export async function loadSearchIndex(
  knowledge: KnowledgeBase,
  embedding: IndexEmbedding,
  dataDir: string,
  progress: IndexProgress = () => {},
): Promise<LoadedIndex> {
  const folder = join(dataDir, 'index');
  const stored = readManifest(folder);
  if (stored && stored.format === FORMAT && stored.knowledgeHash === knowledge.hash && stored.embeddingId === embedding.id) {
    try {
      const passages = JSON.parse(readFileSync(join(folder, 'passages.json'), 'utf8')) as Passage[];
      const lexicalFile = join(folder, 'lexical.json');
      if (!existsSync(lexicalFile)) throw new Error('lexical.json is missing');
      const lexical = LexicalIndex.fromFile(lexicalFile);
      const vectors = VectorIndex.load(join(folder, 'vectors'), embedding.embeddings);
      return { retriever: new HybridRetriever(passages, lexical, vectors), passages, manifest: stored, rebuilt: false };
    } catch {
      progress('stored index unreadable; rebuilding');
    }
  } else if (stored) {
    progress(
      stored.format !== FORMAT ? 'index written by another version; rebuilding it' : stored.knowledgeHash !== knowledge.hash ? 'knowledge changed; rebuilding the index' : 'embedding changed; rebuilding the index',
    );
  }
  return buildSearchIndex(knowledge, embedding, dataDir, progress);
}

function readManifest(folder: string): Manifest | null {
  const path = join(folder, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const parsed = Manifest.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
