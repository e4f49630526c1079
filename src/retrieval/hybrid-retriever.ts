/**
 * Lexical and vector results fused by reciprocal rank, with a confidence the router can
 * compare against a fixed threshold: how much of the question the passage covers, blended
 * with its vector similarity (raw BM25 scores are not comparable across questions).
 */
import type { Lang } from '../core/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { wordTokens, cjkBigrams } from '../text/tokenize.ts';
import type { LexicalIndex } from './lexical-index.ts';
import type { VectorIndex } from './vector-index.ts';

export interface RetrievedPassage {
  passage: Passage;
  /** 0..1: the router's confidence that this passage is about the question. */
  confidence: number;
  fused: number;
}

const RRF_K = 60;
const CANDIDATES = 20;

export class HybridRetriever {
  private readonly byKey: Map<string, Passage>;
  private readonly tokenCache = new Map<string, Set<string>>();

  constructor(
    passages: Passage[],
    private readonly lexical: LexicalIndex,
    private readonly vectors: VectorIndex,
  ) {
    this.byKey = new Map(passages.map((p) => [`${p.lang}|${p.id}`, p]));
  }

  async retrieve(question: string, lang: Lang, limit = 5): Promise<RetrievedPassage[]> {
    const [lexicalHits, vectorHits] = [this.lexical.query(question, lang, CANDIDATES), await this.vectors.query(question, lang, CANDIDATES)];
    const fused = new Map<string, { rrf: number; similarity: number }>();
    lexicalHits.forEach((hit, rank) => {
      const entry = fused.get(hit.id) ?? { rrf: 0, similarity: 0 };
      entry.rrf += 1 / (RRF_K + rank + 1);
      fused.set(hit.id, entry);
    });
    vectorHits.forEach((hit, rank) => {
      const entry = fused.get(hit.id) ?? { rrf: 0, similarity: 0 };
      entry.rrf += 1 / (RRF_K + rank + 1);
      entry.similarity = hit.similarity;
      fused.set(hit.id, entry);
    });
    const questionTerms = termsOf(question);
    const results: RetrievedPassage[] = [];
    for (const [id, { rrf, similarity }] of fused) {
      const passage = this.byKey.get(`${lang}|${id}`);
      if (!passage) continue;
      const coverage = this.coverage(questionTerms, passage);
      const confidence = Math.min(1, 0.6 * coverage + 0.4 * Math.max(0, similarity));
      results.push({ passage, confidence, fused: rrf + confidence / 10 });
    }
    return results.sort((a, b) => b.fused - a.fused).slice(0, limit);
  }

  /** Share of the question's content terms the passage contains (title and keywords count). */
  private coverage(questionTerms: Set<string>, passage: Passage): number {
    if (questionTerms.size === 0) return 0;
    const key = `${passage.lang}|${passage.id}`;
    let terms = this.tokenCache.get(key);
    if (!terms) {
      terms = termsOf(`${passage.title} ${passage.keywords.join(' ')} ${passage.text}`);
      this.tokenCache.set(key, terms);
    }
    let found = 0;
    for (const term of questionTerms) if (terms.has(term)) found++;
    return found / questionTerms.size;
  }
}

/** Content words; for Japanese, bigrams stand in for words the segmenter may split differently. */
function termsOf(text: string): Set<string> {
  const words = wordTokens(text).filter((w) => w.length > 1 || /[\u4E00-\u9FFF]/.test(w));
  return new Set([...words, ...cjkBigrams(text)]);
}
