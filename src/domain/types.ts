/**
 * Domain types shared by every part of the product. Platform-free: nothing here knows about
 * Slack, Discord, a database or a model.
 */

export type Lang = 'ja' | 'en';
/** Every language the desk answers in, in the order reports list them. */
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The other of the two languages (a question's wording in it, the console's language link). */
export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

/** A language's English name, for prompts and verifier reasons (not for students: see src/messages/). */
export const LANGUAGE_NAME: Record<Lang, string> = { ja: 'Japanese', en: 'English' };

export type Route = 'partners' | 'knowledge' | 'handover' | 'out_of_scope' | 'refused';

/** A conversation reference, platform-prefixed: `slack:C123:1712.55`, `discord:g:c:t`, `cli:local`. */
export type ConversationRef = string;

export interface Citation {
  /** Passage or record id (`guide:scholarship#2`, `partner:lund-university`). */
  id: string;
  title: string;
  /** The source as students see it, e.g. 「交換留学のすすめ」2015年度版 p.14. */
  source: string;
  /** For the office: seed file and part (`001_2f5be6675cafeb59.txt — 交換留学のすすめ §4 (p.14)`). Never rendered to students. */
  provenance?: string;
  asOf: string;
}

export interface PartnerResult {
  id: string;
  nameEn: string;
  nameJa: string;
  country: string;
  reason: string;
}

export interface HandoverInfo {
  reason: HandoverReason;
  caseId: string | null;
}

export type HandoverReason =
  | 'credit_transfer'
  | 'late_application'
  | 'selection_chances'
  | 'eligibility_exception'
  | 'leave_of_absence'
  | 'financial_hardship'
  | 'visa'
  | 'emergency'
  | 'complaint'
  | 'wants_person'
  | 'not_found'
  | 'not_helpful'
  /** A change to an application or plan already made: switch the departure term, extend one term to two, change partner, withdraw. */
  | 'application_change'
  /** A request for the office to do or check something for the student personally: were my documents received, issue a letter. */
  | 'office_action';

/** What the assistant says back, in the shape of the command-line contract. */
export interface Answer {
  answerId: string;
  question: string;
  lang: Lang;
  route: Route;
  /** The first message: within the reply budget (800 characters, 12 lines, sources included). */
  answer: string;
  /** The full text when `answer` was shortened to the budget; null or absent when nothing was cut. */
  more?: string | null;
  citations: Citation[];
  partners: PartnerResult[];
  /** Partners listed apart from the matching set (other test, no requirement stated, near misses). */
  related: RelatedPartners | null;
  handover: HandoverInfo | null;
  confidence: number;
  latencyMs: number;
  mode: 'extractive' | 'model';
  /**
   * A personal handover asked in public: the public `answer` only says staff will follow up in
   * a direct message; this is what the channel posts there (the case lives in that DM).
   */
  privateFollowUp?: { conversation: ConversationRef; answer: string } | null;
  /** Model mode only: whether the verifier passed the model's answer (if not, the extractive answer was sent). */
  verifier: { passed: boolean; reasons: string[] } | null;
}

export interface RelatedPartners {
  otherTest: PartnerResult[];
  noneStated: PartnerResult[];
  nearMiss: PartnerResult[];
}

/** The unit that is retrieved, quoted and cited: a guide or about paragraph, or an FAQ answer. */
export interface Passage {
  /** `guide:scholarship#2`, `about:mie-cier#1`, `faq:q5-credit-transfer`. */
  id: string;
  docId: string;
  kind: 'guide' | 'about' | 'faq';
  /** The guide or about section a passage belongs with (for FAQ entries, their `section`). */
  section: string | null;
  lang: Lang;
  title: string;
  text: string;
  keywords: string[];
  /**
   * Questions this passage answers, in both languages (knowledge/questions, FAQ paraphrases):
   * indexed with the passage so a question that avoids its wording still finds it. Optional:
   * a passage built elsewhere (tests, model mode) may have none.
   */
  questions?: string[];
  /** The source as students see it (its title in the passage's language). */
  source: string;
  /** Seed file and part, for the office. */
  provenance: string;
  asOf: string;
}

/** A student's message, read once: every stage after this sees the same normalised text. */
export interface Question {
  answerId: string;
  /** As the student sent it. */
  raw: string;
  /** NFKC, controls out, whitespace folded, length-capped. */
  text: string;
  lang: Lang;
  conversation: ConversationRef;
  isPublic: boolean;
  /** Opens a direct message with the student (a channel's DM), for personal handovers asked in public. */
  openPrivate?: () => Promise<ConversationRef | null>;
  /** The conversation's recent turns (empty when the input could not be read). */
  history: Turn[];
}

/** One turn of a conversation as the assistant remembers it. */
export interface Turn {
  role: 'student' | 'assistant';
  text: string;
  at: string;
  /** The partner query the turn ran, so a follow-up can change one part of it. */
  partnerQuery?: unknown;
}
