/**
 * Message -> Interpretation. Deterministic and explainable: names are found first and blanked
 * (partners, then offices and centres), so a word inside a name never acts as a filter; then
 * the act, the sub-questions, the conditions and the attributes asked about are read from the
 * lexicon in `knowledge/lexicon/`.
 */
import type { Lang } from '../domain/types.ts';
import { detectLanguage } from '../text/language.ts';
import { ChatForms } from './chat-forms.ts';
import { Glossary } from './glossary.ts';
import type { KnowledgeBase } from '../knowledge/load.ts';
import { normaliseText } from '../text/normalise.ts';
import { blank, withKanaTail } from '../text/terms.ts';
import { readEntities } from './entities.ts';
import { dropDescribingPlaces } from './places.ts';
import type { Act, Interpretation, SubQuestion } from './interpretation.ts';
import { PartnerMentions } from './partner-mentions.ts';
import { handoverNeed } from './handover-need.ts';
import { asksForOfficialDocument, directedAtAssistant } from './assistant-directed.ts';
import { residualWords } from './residual.ts';
import { RecordWords } from './record-words.ts';
import { countedThings } from './counted-things.ts';
import { addAskedOfNamed, readAskedFields, readNameKind } from './asked-fields.ts';
import { splitSubQuestions } from './sub-questions.ts';
import { unknownUniversity } from './unknown-university.ts';
import { Vocabulary } from './vocabulary.ts';
import { topicOf } from './topic.ts';
import { readStatedFigures, statesValueOf, withoutStatedNumbers } from './stated-figures.ts';
import {
  actOf,
  mergeSameTopicParts,
  carryNamedPartners,
  confidenceOf,
  isComplete,
  ruleNotCase,
} from './part-rules.ts';

export class Interpreter {
  readonly vocabulary: Vocabulary;
  private readonly mentions: PartnerMentions;
  private readonly known: Set<string>;
  private readonly partners: KnowledgeBase['partners']['partners'];
  private readonly recordWords: RecordWords;
  private readonly glossary: Glossary;
  /** The guide, about pages and FAQ, lower-cased: the institutions they describe are named here. */
  private readonly guideText: string;
  private readonly chatForms: ChatForms;
  /** Country and region names: where a partner is, never what a question asks about it. */
  private readonly placeNames: Set<string>;

  constructor(knowledge: KnowledgeBase) {
    const partners = knowledge.partners.partners;
    this.partners = partners;
    this.vocabulary = new Vocabulary(knowledge.lexicon, partners);
    const documents = [...knowledge.guide, ...knowledge.about];
    const textOf = (lang: Lang) =>
      [
        ...documents
          .filter((d) => d.lang === lang)
          .flatMap((d) => [d.title, d.body, ...d.keywords]),
        ...knowledge.faq.flatMap((entry) => [entry.question[lang], entry.answer[lang]]),
      ].join('\n');
    this.guideText = normaliseText(`${textOf('ja')}\n${textOf('en')}`).toLowerCase();
    this.glossary = new Glossary(knowledge.lexicon.glossary, () => ({
      ja: textOf('ja'),
      en: textOf('en'),
    }));
    this.chatForms = new ChatForms(
      knowledge.lexicon.chatForms,
      () => [textOf('en'), textOf('ja')].join(' ').match(/[a-z]+/gi) ?? [],
    );
    const places = new Set<string>([
      ...partners.flatMap((p) => [
        p.country.en.toLowerCase(),
        p.country.ja,
        p.region.en.toLowerCase(),
        p.region.ja,
      ]),
      ...knowledge.lexicon.partnerTerms.otherCountries.flatMap((c) => [c.en.toLowerCase(), c.ja]),
    ]);
    this.mentions = new PartnerMentions(partners, this.vocabulary.partnerNames, places);
    this.recordWords = new RecordWords(partners, this.mentions, this.vocabulary);
    this.placeNames = places;
    this.known = new Set([
      ...knowledge.lexicon.partnerTerms.notUniversityNames.map((n) => n.toLowerCase()),
      ...partners.flatMap((p) =>
        [p.nameEn, ...p.aliases, p.country.en, p.region.en].flatMap((n) =>
          n.toLowerCase().split(/[^a-z0-9]+/),
        ),
      ),
      ...partners.flatMap((p) => [p.country.ja, p.region.ja]),
    ]);
  }

  interpret(message: string): Interpretation {
    const text = this.chatForms.read(normaliseText(message));
    const lang = detectLanguage(text);
    const lower = text.toLowerCase();
    const v = this.vocabulary;
    if (v.instruct.test(lower) || directedAtAssistant(lower, v))
      return {
        act: 'instruct',
        handover: null,
        parts: [this.readPart(text, 'instruct', lang)],
        ...(asksForOfficialDocument(lower, v) ? { officialDocument: true } : {}),
        confidence: 0.95,
      };
    const readHandover = handoverNeed(this.mentions.locate(lower).rest, v);
    const pieces = splitSubQuestions(text, v.questionWords);
    const parts = pieces.map((piece) => this.readPart(piece, null, lang));
    const merged = mergeSameTopicParts(
      carryNamedPartners(parts).map((p) => this.recordWords.withNotes(p)),
    );
    const handover = ruleNotCase(
      readHandover,
      merged,
      v.ownership.test(lower) && !v.ruleLimit.test(lower),
    );
    const act: Act =
      handover === 'wants_person' ? 'ask_person' : handover ? 'request_action' : merged[0]!.act;
    return { act, handover, parts: merged, confidence: confidenceOf(merged, handover) };
  }

  /**
   * Content words no vocabulary knows, partner names and organisations taken out: where the
   * rules are unsure ("the old continent"), and so where model mode asks a model.
   */
  unreadWords(piece: string): string[] {
    const located = this.mentions.locate(normaliseText(piece).toLowerCase());
    const rest = blank(located.rest, this.vocabulary.organisations.find(located.rest));
    return residualWords(rest, this.vocabulary);
  }

  /** One question read on its own (model mode re-reads the parts a model split a message into). */
  interpretPart(piece: string): SubQuestion {
    const text = this.chatForms.read(normaliseText(piece));
    return this.readPart(text, null, detectLanguage(text));
  }

  private readPart(piece: string, forcedAct: Act | null, lang: Lang): SubQuestion {
    const v = this.vocabulary;
    const lower = piece.toLowerCase();
    const located = this.mentions.locate(lower);
    const rest = blank(located.rest, v.organisations.find(located.rest));
    const { query, otherCountries, bareScore } = readEntities(rest, v);
    query.partnerIds = located.mentions.map((m) => m.id);
    dropDescribingPlaces(query, this.partners);
    const named = located.mentions.length > 0;
    query.nameKind = named ? null : readNameKind(rest, v, this.partners);
    const attributes = readAskedFields(rest, v, named);
    query.fields = attributes;
    const counted = named
      ? countedThings(rest, attributes, located.mentions, v, this.recordWords)
      : null;
    // A count the record's words hold (Dongguk: 「単位の上限は18まで」) is in its notes.
    if (counted && counted.inRecord.length > 0 && !attributes.includes('notes'))
      attributes.push('notes');
    const unheld = [
      ...v.notInPartnerRecords.find(rest).map((span) => rest.slice(span.start, span.end).trim()),
      ...(counted?.notHeld ?? []),
    ];
    const residual = (named && unheld.length === 0 ? this.leftOver(rest) : []).filter(
      (word) => !located.mentions.some((m) => this.recordWords.inName(m.id, word)),
    );
    // A word the named partner's own record uses ("courses", 「コース」) is asked of its notes.
    const inRecord = residual.filter((word) =>
      located.mentions.some((m) => this.recordWords.inRecord(m.id, word)),
    );
    if (inRecord.length > 0) attributes.push('notes');
    if (named) addAskedOfNamed(attributes, query, rest, v);
    const unrecognised =
      attributes.length > 0 ? [] : residual.filter((word) => !inRecord.includes(word));
    // A kind of institution the partner names share (「農業大学」) is not an unknown university.
    const unknown = query.nameKind
      ? null
      : unknownUniversity(
          piece,
          located.mentions.length > 0,
          (word) => this.isKnown(word),
          // An institution the guide itself describes (モナシュ大学, where the language training
          // goes) is guide material, like those the lexicon lists.
          (name) =>
            v.otherInstitutions.test(name.toLowerCase()) ||
            (name.length >= 4 && this.guideText.includes(normaliseText(name).toLowerCase())),
        );
    const topic = topicOf(
      this.vocabulary,
      (text) => this.leftOver(text),
      rest,
      query,
      located.mentions.length > 0,
      otherCountries,
      unknown,
    );
    const act: Act =
      forcedAct ??
      (v.chitChat.test(lower.trim()) ? 'chit_chat' : actOf(topic, query, located.mentions.length));
    const complete =
      !v.followUpMarkers.test(rest.trim()) &&
      isComplete(
        rest,
        topic,
        query,
        located.mentions.length,
        attributes.length,
        v.partnerWords.test(rest),
      );
    const plain =
      blank(piece.replace(/[*_~]+/g, ' '), [
        ...v.noiseWords.find(lower.replace(/[*_~]+/g, ' ')),
        // "I heard ...", 「…って聞いた」: where the student heard it is not what to search for.
        ...withKanaTail(lower, v.hearsay.find(lower)),
      ])
        .replace(/\s+/g, ' ')
        .trim() || piece;
    const statedFigures = readStatedFigures(piece);
    const searched = withoutStatedNumbers(plain, statedFigures);
    // The guide is searched in its own words (「メアド」 -> 「メール」); a question about the
    // partner records is answered from the records and needs no rewriting.
    const searchText =
      topic === 'partners' && located.mentions.length === 0
        ? plain
        : this.glossary.rewrite(searched, lang).replace(/\s+/g, ' ').trim();
    return {
      text: piece,
      searchText,
      act,
      topic,
      query,
      partners: located.mentions,
      attributes,
      unheld,
      unrecognised,
      unknownUniversity: unknown,
      bareScore,
      otherCountries,
      statedFigures,
      asksFor: v.answerTypes
        .filter((type) => type.asks.test(lower) || statesValueOf(type, statedFigures))
        .map((type) => type.id),
      complete,
    };
  }

  /** Content words no vocabulary knows, place names included as known. */
  private leftOver(rest: string): string[] {
    return residualWords(rest, this.vocabulary).filter((word) => !this.placeNames.has(word));
  }

  private isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.known.has(lower)) return true;
    // Words the vocabulary uses for something else ("Partners", "Exchange", "Which") are not names.
    const v = this.vocabulary;
    const vocabularies = [
      v.partnerWords,
      v.questionWords,
      v.domain,
      v.weakDomain,
      v.fillerWords,
      v.noiseWords,
      ...v.countries.map((c) => c.terms),
      ...v.languages.map((l) => l.terms),
      ...v.regions.map((r) => r.terms),
    ];
    if (vocabularies.some((terms) => terms.test(lower))) return true;
    return (
      /[^ -~]/.test(word) &&
      [...this.known].some((k) => /[^ -~]/.test(k) && k.length >= 2 && word.endsWith(k))
    );
  }
}
