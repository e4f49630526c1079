/**
 * What a named partner's record says, for checking what a question asks of it: a word of its
 * record ("courses", 「コース」) or of its notes ("recommendation", 「推薦」) asks for the notes.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';
import type { SubQuestion } from './interpretation.ts';
import type { PartnerMentions } from './partner-mentions.ts';
import { stem } from './part-rules.ts';
import { askingWords } from './residual.ts';
import type { Vocabulary } from './vocabulary.ts';

export class RecordWords {
  private readonly recordTexts = new Map<string, string>();
  private readonly notesTexts = new Map<string, string>();
  private readonly nameTexts = new Map<string, string>();

  constructor(
    private readonly partners: Partner[],
    private readonly mentions: PartnerMentions,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** Whether the word (stemmed) is in the partner's record: notes, language, faculties, dates. */
  inRecord(id: string, word: string): boolean {
    return this.cached(this.recordTexts, id, (p) => [
      p.notes,
      p.language,
      p.faculties,
      p.studyPeriods,
      p.gpa,
      p.deadlines,
    ]).includes(stem(word));
  }

  /**
   * Whether the word is part of the partner's own names: 「トンブリの工科大」 names モンクット王
   * トンブリ工科大学 by a short name and a piece of its full one, and asks nothing about 工科大.
   */
  inName(id: string, word: string): boolean {
    return this.cached(this.nameTexts, id, (p) => [p.nameJa, p.nameEn, p.aliases]).includes(
      normaliseText(word).toLowerCase(),
    );
  }

  /**
   * A part about named partners that uses a word of their notes asks for the notes, even a word a
   * vocabulary knows ("ISMANS: GPA? and do I need a recommendation?" -> 担当教員の推薦が必要).
   * Read once the partners a later part is about are known.
   */
  withNotes(part: SubQuestion): SubQuestion {
    const ids = part.query.partnerIds;
    // A part that asks what no record holds (「日本人の留学生どれくらい」) stays unanswered.
    const asksElse = part.unrecognised.length > 0 || part.unheld.length > 0;
    if (part.topic !== 'partners' || ids.length === 0 || part.attributes.includes('notes'))
      return part;
    if (asksElse) return part;
    const rest = this.mentions.locate(part.text.toLowerCase()).rest;
    const inNotes = askingWords(rest, this.vocabulary).some((word) =>
      ids.some((id) => this.cached(this.notesTexts, id, (p) => p.notes).includes(stem(word))),
    );
    if (!inNotes) return part;
    const fields = [...part.query.fields, 'notes' as const];
    return { ...part, attributes: fields, query: { ...part.query, fields } };
  }

  private cached(cache: Map<string, string>, id: string, fields: (p: Partner) => unknown): string {
    let text = cache.get(id);
    if (text === undefined) {
      const partner = this.partners.find((p) => p.id === id);
      text = partner ? normaliseText(JSON.stringify(fields(partner))).toLowerCase() : '';
      cache.set(id, text);
    }
    return text;
  }
}
