/**
 * Lexical and vector results fused by reciprocal rank, with a confidence the router can
 * compare against a fixed threshold: how much of the question the passage covers, blended
 * with its vector similarity (raw BM25 scores are not comparable across questions).
 */
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { cjkBigrams, wordTokens } from '../text/tokenize.ts';
import type { LexicalIndex } from './lexical-index.ts';
import { contentTerms, type PassageTerms } from './passage-terms.ts';
import type { VectorIndex } from './vector-index.ts';

export interface RetrievedPassage {
  passage: Passage;
  /** 0..1: the router's confidence that this passage is about the question. */
  confidence: number;
  fused: number;
}

const RRF_K = 60;
const HIRAGANA_ONLY = /^[\u3040-\u309F]+$/;
const CANDIDATES = 20;
/**
 * How far a match on a curated question alone can carry the confidence. Chosen on the
 * not_found eval cases (0.8 let one through; 0.7 keeps all that stayed below before).
 */
const QUESTION_DISCOUNT = 0.7;

export class HybridRetriever {
  private readonly byKey: Map<string, Passage>;

  constructor(
    passages: Passage[],
    private readonly lexical: LexicalIndex,
    private readonly vectors: VectorIndex,
    private readonly terms: PassageTerms,
    private readonly onVectorFailure?: (error: unknown) => void,
  ) {
    this.byKey = new Map(passages.map((p) => [`${p.lang}|${p.id}`, p]));
  }

  async retrieve(question: string, lang: Lang, limit = 5): Promise<RetrievedPassage[]> {
    const lexicalHits = this.lexical.query(question, lang, CANDIDATES);
    const vectorHits = await this.vectors
      .query(question, lang, CANDIDATES)
      .catch((error: unknown) => {
        // A model embedding endpoint that fails at question time degrades to lexical search, never to silence.
        this.onVectorFailure?.(error);
        return [];
      });
    const fused = new Map<
      string,
      { rrf: number; similarity: number; questionSimilarity: number }
    >();
    lexicalHits.forEach((hit, rank) => {
      const entry = fused.get(hit.id) ?? { rrf: 0, similarity: 0, questionSimilarity: 0 };
      entry.rrf += 1 / (RRF_K + rank + 1);
      fused.set(hit.id, entry);
    });
    vectorHits.forEach((hit, rank) => {
      const entry = fused.get(hit.id) ?? { rrf: 0, similarity: 0, questionSimilarity: 0 };
      entry.rrf += 1 / (RRF_K + rank + 1);
      entry.questionSimilarity = hit.questionSimilarity;
      // Question vectors rank (above); the confidence uses the passage text's own similarity,
      // because two short questions sharing a word or two are near in the hashing space
      // without being about the same thing (measured on the not_found cases).
      entry.similarity = hit.textSimilarity;
      fused.set(hit.id, entry);
    });
    // Hiragana-only words no passage uses are grammar and casual speech (ぐらい, じゃん): as
    // unseen terms they would weigh most and match nothing. Ones the guide uses (いくら) count.
    const seen = this.terms.frequency(lang)?.counts;
    const questionTerms = this.weighted(
      new Set(
        [...termsOf(question)].filter((term) => !HIRAGANA_ONLY.test(term) || seen?.has(term)),
      ),
      lang,
    );
    const results: RetrievedPassage[] = [];
    for (const [id, { rrf, similarity, questionSimilarity }] of fused) {
      const passage = this.byKey.get(`${lang}|${id}`);
      if (!passage) continue;
      const sets = this.terms.of(passage);
      const coverage = this.coverage(questionTerms, sets.all);
      // Section keywords are shared by every paragraph of a section; the paragraph's own words
      // decide which paragraph answers ("IELTS fee" -> the paragraph with the fee).
      const textCoverage = this.coverage(questionTerms, sets.text);
      // A question that restates a title (an FAQ question, a section heading) is about that passage.
      const titleCoverage = this.restates(questionTerms, sets.title);
      // So is a question that restates one of the questions curated for it (in either language).
      const curated = sets.questions;
      const questionMatch = Math.max(
        0,
        ...curated.map((terms) => this.restates(questionTerms, terms)),
      );
      const own = Math.min(
        1,
        0.3 * coverage +
          0.15 * textCoverage +
          0.25 * Math.max(0, similarity) +
          0.3 * Math.max(titleCoverage, questionMatch),
      );
      // Each curated question is also scored as a small document of its own that points back
      // at the passage, discounted: a paraphrase that is nearly a curated question is about the
      // passage even when it shares few words with the passage's text.
      const asQuestion =
        Math.max(
          0,
          ...curated.map(
            (terms) =>
              0.45 * this.coverage(questionTerms, terms) +
              0.3 * this.restates(questionTerms, terms),
          ),
        ) +
        0.25 * Math.max(0, questionSimilarity);
      const confidence = Math.max(own, QUESTION_DISCOUNT * Math.min(1, asQuestion));
      // Confidence (coverage + similarity) leads; reciprocal rank fusion breaks near-ties.
      results.push({ passage, confidence, fused: confidence + rrf * 2 });
    }
    return results.sort((a, b) => b.fused - a.fused).slice(0, limit);
  }

  /**
   * IDF weights: a rare term ("gym") that no passage has weighs most, so a question about
   * something the sources never mention scores low even when its common words ("office") match.
   */
  private weighted(terms: Set<string>, lang: Lang): Map<string, number> {
    const frequency = this.terms.frequency(lang);
    const total = frequency?.total ?? 0;
    return new Map(
      [...terms].map((term) => [
        term,
        Math.log(1 + total / (1 + (frequency?.counts.get(term) ?? 0))),
      ]),
    );
  }

  /** How far the question restates a short text (a title, a curated question): coverage and precision together. */
  private restates(questionTerms: Map<string, number>, terms: Set<string> | undefined): number {
    return Math.sqrt(this.coverage(questionTerms, terms) * titlePrecision(questionTerms, terms));
  }

  /** IDF-weighted share of the question's content terms the passage contains (title and keywords count). */
  private coverage(questionTerms: Map<string, number>, terms: Set<string> | undefined): number {
    let found = 0;
    let all = 0;
    for (const [term, weight] of questionTerms) {
      all += weight;
      if (terms?.has(term)) found += weight;
    }
    return all === 0 ? 0 : found / all;
  }
}

/** Share of a title's terms the question uses: high when the question restates the title. */
function titlePrecision(
  questionTerms: Map<string, number>,
  titleTerms: Set<string> | undefined,
): number {
  if (!titleTerms || titleTerms.size === 0) return 0;
  let found = 0;
  for (const term of titleTerms) if (questionTerms.has(term)) found++;
  return found / titleTerms.size;
}

/** The question's content terms, cut as the passages' were. */
function termsOf(text: string): Set<string> {
  return contentTerms({ words: wordTokens(text), bigrams: cjkBigrams(text) });
}
