/**
 * Vectors searched exactly, one set per language (the answer is in the question's language,
 * so a per-language set needs no search-time filter). Every passage has a row for its text and
 * one for each curated question; a query scores every row by cosine similarity, so results
 * never depend on how a graph happened to be built, and the build is one linear pass.
 *
 * Rows are kept column by column (for each dimension, the rows that use it and their values):
 * the hashing embedding gives each row a few dozen non-zero dimensions of 512, and a question
 * touches only its own few, so a query reads a small share of the values. A model's dense
 * vectors are stored the same way and cost a full scan, which at the office's size is a few
 * milliseconds. hnswlib's approximate graph was used before: at 100 times the knowledge its
 * construction took most of a minute, and its misses made rankings depend on insertion order.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import type { TextEmbeddings } from './text-embeddings.ts';
import { SparseColumns, type SparseRow } from './sparse-columns.ts';

export interface VectorHit {
  id: string;
  /** Cosine similarity, 1 = same direction. */
  similarity: number;
  /** The passage text's own similarity (0 when only its questions were near). */
  textSimilarity: number;
  /** The best similarity among the passage's curated questions (0 when none was near). */
  questionSimilarity: number;
}

/** Nearest rows taken per passage wanted (a passage has its text and ~8 questions). */
const VECTORS_PER_HIT = 8;
/** Texts embedded per call: bounds what a model endpoint receives and what a batch holds. */
const BATCH = 256;

export function passageText(passage: Passage): string {
  return `${passage.title}\n${passage.keywords.join(' ')}\n${passage.text}`;
}

/** One row to embed: a passage's text or one of its questions. */
interface RowSource {
  passage: number;
  question: boolean;
  text: string;
}

export type VectorProgress = (done: number, total: number) => void;

export interface VectorBuildOptions {
  /** A row straight from its text, without the embedding's own tokenising (hashing). */
  rowOf?: (text: string, passage: Passage, question: boolean) => SparseRow;
  /** The rows' dimensions when `rowOf` makes them. */
  dims?: number;
  progress?: VectorProgress;
}

interface LanguageVectors {
  ids: string[];
  /** Per row: the index in `ids` of its passage. */
  rowPassage: Uint32Array;
  /** Per row: 1 when the row is a curated question. */
  rowQuestion: Uint8Array;
  columns: SparseColumns;
}

const Meta = z.object({
  ids: z.array(z.string()),
  rowPassage: z.array(z.number().int().nonnegative()),
  rowQuestion: z.array(z.union([z.literal(0), z.literal(1)])),
});

export class VectorIndex {
  private loaded: Map<Lang, LanguageVectors> | null = null;

  private constructor(
    private readonly load: () => Map<Lang, LanguageVectors>,
    private readonly embeddings: TextEmbeddings,
  ) {}

  /** Read on the first vector query: a partner question never pays for it. */
  private get languages(): Map<Lang, LanguageVectors> {
    return (this.loaded ??= this.load());
  }

  static async build(
    passages: Passage[],
    embeddings: TextEmbeddings,
    options: VectorBuildOptions = {},
  ): Promise<VectorIndex> {
    const languages = new Map<Lang, LanguageVectors>();
    const total = passages.reduce((sum, p) => sum + 1 + (p.questions?.length ?? 0), 0);
    let done = 0;
    for (const lang of ['ja', 'en'] as const) {
      const own = passages.filter((p) => p.lang === lang);
      if (own.length === 0) continue;
      // Each question is embedded on its own (a short question is nearest to a short question);
      // a passage then scores by the best of its text and its questions.
      const sources: RowSource[] = own.flatMap((p, passage) => [
        { passage, question: false, text: passageText(p) },
        ...(p.questions ?? []).map((text) => ({ passage, question: true, text })),
      ]);
      const rows: SparseRow[] = [];
      let dims = 0;
      for (let start = 0; start < sources.length; start += BATCH) {
        const batch = sources.slice(start, start + BATCH);
        if (options.rowOf) {
          for (const s of batch) rows.push(options.rowOf(s.text, own[s.passage]!, s.question));
        } else {
          for (const vector of await embeddings.embedDocuments(batch.map((s) => s.text))) {
            dims ||= vector.length;
            if (vector.length === 0 || vector.length !== dims)
              throw new Error(
                `the embedding returned ${vector.length} dimensions, expected ${dims}`,
              );
            rows.push(SparseColumns.sparseRow(vector));
          }
        }
        done += batch.length;
        options.progress?.(done, total);
      }
      languages.set(lang, {
        ids: own.map((p) => p.id),
        rowPassage: Uint32Array.from(sources, (s) => s.passage),
        rowQuestion: Uint8Array.from(sources, (s) => (s.question ? 1 : 0)),
        columns: SparseColumns.fromRows(rows, options.rowOf ? options.dims! : dims),
      });
    }
    return new VectorIndex(() => languages, embeddings);
  }

  /** The index `save` wrote, read when first queried. */
  static fromDirectory(directory: string, embeddings: TextEmbeddings): VectorIndex {
    return new VectorIndex(() => {
      const languages = new Map<Lang, LanguageVectors>();
      for (const lang of ['ja', 'en'] as const) {
        const metaFile = join(directory, `${lang}.json`);
        if (!existsSync(metaFile)) continue;
        const meta = Meta.parse(JSON.parse(readFileSync(metaFile, 'utf8')));
        languages.set(lang, {
          ids: meta.ids,
          rowPassage: Uint32Array.from(meta.rowPassage),
          rowQuestion: Uint8Array.from(meta.rowQuestion),
          columns: SparseColumns.fromBuffer(readFileSync(join(directory, `${lang}.vectors`))),
        });
      }
      return languages;
    }, embeddings);
  }

  save(directory: string): void {
    mkdirSync(directory, { recursive: true });
    for (const [lang, vectors] of this.languages) {
      const meta = {
        ids: vectors.ids,
        rowPassage: [...vectors.rowPassage],
        rowQuestion: [...vectors.rowQuestion],
      };
      writeFileSync(join(directory, `${lang}.json`), JSON.stringify(meta));
      writeFileSync(join(directory, `${lang}.vectors`), vectors.columns.toBuffer());
    }
  }

  async query(text: string, lang: Lang, limit: number): Promise<VectorHit[]> {
    const vectors = this.languages.get(lang);
    if (!vectors || limit <= 0) return [];
    const query = await this.embeddings.embedQuery(text);
    if (query.length !== vectors.columns.dims)
      throw new Error(
        `the query embedding has ${query.length} dimensions, the index ${vectors.columns.dims}`,
      );
    // Several rows share a passage, so take more rows and keep each passage's best.
    const nearest = vectors.columns.nearest(query, limit * VECTORS_PER_HIT);
    const best = new Map<number, VectorHit>();
    for (const { row, similarity } of nearest) {
      const passage = vectors.rowPassage[row]!;
      const hit = best.get(passage) ?? {
        id: vectors.ids[passage]!,
        similarity: -Infinity,
        textSimilarity: 0,
        questionSimilarity: 0,
      };
      hit.similarity = Math.max(hit.similarity, similarity);
      if (vectors.rowQuestion[row])
        hit.questionSimilarity = Math.max(hit.questionSimilarity, similarity);
      else hit.textSimilarity = Math.max(hit.textSimilarity, similarity);
      best.set(passage, hit);
    }
    // `nearest` is ordered, so the first row seen of a passage is its best: Map order is rank.
    return [...best.values()].slice(0, limit);
  }
}
