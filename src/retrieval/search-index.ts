/**
 * The search index on disk under DATA_DIR/index: BM25 (lexical.json and lexical.bin), the retriever's term frequencies,
 * one vector file per language, and a manifest with the knowledge's content hash, the
 * embedding that built it and the files' format. Loading rebuilds by itself when any has
 * changed; a loaded index reads each part on its first use.
 */
import { LANGS } from '../domain/types.ts';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { buildPassages, type Passage } from '../knowledge/passages.ts';
import {
  HASHING_DIMENSIONS,
  HASHING_EMBEDDING_ID,
  hashingSparseRowOfTerms,
  TermHashes,
} from './hashing-embeddings.ts';
import { BM25_FILES } from './bm25-file.ts';
import { HybridRetriever } from './hybrid-retriever.ts';
import { LexicalIndex } from './lexical-index.ts';
import { TokenCache } from './passage-tokens.ts';
import type { SparseRow } from './sparse-columns.ts';
import { PassageTerms } from './passage-terms.ts';
import type { TextEmbeddings } from './text-embeddings.ts';
import { VectorIndex } from './vector-index.ts';

/**
 * Bumped when the files' layout changes, so an index written by another version is rebuilt
 * (3: BM25 postings as typed arrays in lexical.bin).
 */
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
  embeddings: TextEmbeddings;
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
  const tokens = new TokenCache();
  const counts = LANGS.map(
    (lang) => `${passages.filter((p) => p.lang === lang).length} ${lang}`,
  ).join(', ');
  progress(`BM25 over ${passages.length} passages (${counts})`);
  const lexical = LexicalIndex.build(passages, tokens);
  progress(
    `document frequencies for the confidence (${tokens.texts} distinct texts cut into ${tokens.dictionary.size} terms)`,
  );
  const terms = PassageTerms.build(passages, tokens);
  progress(`vectors (${embedding.id})`);
  let reported = 0;
  const questionRows = new Map<string, SparseRow>();
  const hashes = new TermHashes(tokens.dictionary.terms);
  const vectors = await VectorIndex.build(passages, embedding.embeddings, {
    // The hashing embedding hashes the tokens already cut; a model embedding gets the text.
    ...(embedding.id === HASHING_EMBEDDING_ID
      ? {
          dims: HASHING_DIMENSIONS,
          rowOf: (text: string, passage: Passage, question: boolean) => {
            if (!question)
              return hashingSparseRowOfTerms(
                tokens.idParts([passage.title, ...passage.keywords, passage.text]),
                hashes,
              );
            // A question recurs (in both languages' passages): its row is made once.
            let row = questionRows.get(text);
            if (!row)
              questionRows.set(
                text,
                (row = hashingSparseRowOfTerms(tokens.idParts([text]), hashes)),
              );
            return row;
          },
        }
      : {}),
    progress: (done, total) => {
      // One line per tenth, so a large knowledge base shows it is moving.
      if (done < total && done - reported < total / 10) return;
      reported = done;
      progress(`vectors ${done}/${total}`);
    },
  });
  const manifest: Manifest = {
    format: FORMAT,
    knowledgeHash: knowledge.hash,
    embeddingId: embedding.id,
    passages: passages.length,
    builtAt: new Date().toISOString(),
  };
  if (dataDir) {
    progress(`writing ${join(dataDir, 'index')}`);
    const target = join(dataDir, 'index');
    const staging = `${target}.building-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    lexical.save(staging);
    writeFileSync(join(staging, 'terms.json'), terms.toJson());
    writeFileSync(join(staging, 'passages.json'), JSON.stringify(passages));
    vectors.save(join(staging, 'vectors'));
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    // Swap in whole, so a reader never sees half an index.
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
  }
  return {
    retriever: new HybridRetriever(passages, lexical, vectors, terms),
    passages,
    manifest,
    rebuilt: true,
  };
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
  const current =
    stored?.format === FORMAT &&
    stored.knowledgeHash === knowledge.hash &&
    stored.embeddingId === embedding.id;
  if (stored && current) {
    try {
      const passages = JSON.parse(readFileSync(join(folder, 'passages.json'), 'utf8')) as Passage[];
      // The parts are read on first use; a part missing now would fail then, so look now.
      for (const part of [...BM25_FILES, 'terms.json', 'vectors'])
        if (!existsSync(join(folder, part))) throw new Error(`${part} is missing`);
      const lexical = LexicalIndex.fromDirectory(folder);
      const terms = PassageTerms.fromFile(join(folder, 'terms.json'));
      const vectors = VectorIndex.fromDirectory(join(folder, 'vectors'), embedding.embeddings);
      return {
        retriever: new HybridRetriever(passages, lexical, vectors, terms),
        passages,
        manifest: stored,
        rebuilt: false,
      };
    } catch {
      progress('stored index unreadable; rebuilding');
    }
  } else if (stored) {
    progress(
      stored.format !== FORMAT
        ? 'index written by another version; rebuilding it'
        : stored.knowledgeHash !== knowledge.hash
          ? 'knowledge changed; rebuilding the index'
          : 'embedding changed; rebuilding the index',
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
