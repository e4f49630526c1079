/**
 * The partner engine's reasons (data) in words: the record's figures and the student's, in
 * the student's language. One phrase table per language, same keys.
 */
import type { Lang } from '../domain/types.ts';
import type { LanguageOption, Partner } from '../knowledge/schema.ts';
import type { PartnerReason } from '../partners/engine.ts';
import { describeGpa, describeGpaEntry, describeLanguage, describeOption } from './partner-facts.ts';
import { TEST_LABEL } from '../partners/vocabulary.ts';

interface ReasonPhrases {
  join: string;
  requirement(requirement: string): string;
  otherTest(requirement: string, label: string): string;
  caveats(parts: string[]): string;
  preferred: string;
  meets(option: string, label: string, score: number): string;
  alternatives(options: string[]): string;
  short(option: string, gap: number, alternatives: string): string;
  gpaOtherScale(gpa: string): string;
  gpaMeets(entry: string, gpa: number): string;
  gpaShort(entry: string, gap: number): string;
}

const PHRASES: Record<Lang, ReasonPhrases> = {
  en: {
    join: '; ',
    requirement: (requirement) => `language: ${requirement}`,
    otherTest: (requirement, label) => `requires ${requirement} (whether ${label} counts is the office's call)`,
    caveats: (parts) => ` (${parts.join('; ')})`,
    preferred: 'stated as preferred',
    meets: (option, label, score) => `${option} (your ${label} ${score} meets it)`,
    alternatives: (options) => `; alternatively ${options.join(', or ')}`,
    short: (option, gap, alternatives) => `needs ${option} (${gap} short)${alternatives}`,
    gpaOtherScale: (gpa) => `${gpa} (a different scale: ask the office)`,
    gpaMeets: (entry, gpa) => `${entry} (your GPA ${gpa} meets it)`,
    gpaShort: (entry, gap) => `needs ${entry} (${gap} short)`,
  },
  ja: {
    join: '／',
    requirement: (requirement) => `語学: ${requirement}`,
    otherTest: (requirement, label) => `要件は ${requirement}（${label}での可否は留学生支援室の判断です）`,
    caveats: (parts) => `（${parts.join('、')}）`,
    preferred: '望ましいとされる基準',
    meets: (option, label, score) => `${option}（あなたの ${label} ${score} は基準を満たします）`,
    alternatives: (options) => `。他の方法: ${options.join('、')}`,
    short: (option, gap, alternatives) => `${option} が必要（あと ${gap}）${alternatives}`,
    gpaOtherScale: (gpa) => `${gpa}（尺度が異なるため留学生支援室に確認）`,
    gpaMeets: (entry, gpa) => `${entry}（あなたのGPA ${gpa} は満たします）`,
    gpaShort: (entry, gap) => `${entry} が必要（あと ${gap}）`,
  },
};

function caveats(option: LanguageOption, preferred: boolean, phrases: ReasonPhrases, lang: Lang): string {
  // Sub-scores and conditions are already part of describeOption; add what it leaves out.
  const parts: string[] = [];
  if (option.note) parts.push(option.note[lang]);
  if (preferred) parts.push(phrases.preferred);
  return parts.length > 0 ? phrases.caveats(parts) : '';
}

function phrase(reason: PartnerReason, partner: Partner, lang: Lang): string {
  const p = PHRASES[lang];
  switch (reason.kind) {
    case 'requirement':
      return p.requirement(describeLanguage(partner, lang));
    case 'as_recorded':
      return describeLanguage(partner, lang);
    case 'other_test':
      return p.otherTest(describeLanguage(partner, lang), TEST_LABEL[reason.test]);
    case 'option':
      return `${describeOption(reason.option, lang)}${caveats(reason.option, reason.preferred, p, lang)}`;
    case 'meets':
      return `${p.meets(describeOption(reason.option, lang), TEST_LABEL[reason.test], reason.score)}${caveats(reason.option, reason.preferred, p, lang)}`;
    case 'short': {
      const alternatives = reason.alternatives.map((o) => describeOption(o, lang));
      return p.short(describeOption(reason.option, lang), reason.gap, alternatives.length > 0 ? p.alternatives(alternatives) : '');
    }
    case 'gpa_stated':
      return describeGpa(partner, lang);
    case 'gpa_other_scale':
      return p.gpaOtherScale(describeGpa(partner, lang));
    case 'gpa_meets':
      return p.gpaMeets(describeGpaEntry(reason.entry, lang), reason.gpa);
    case 'gpa_short':
      return p.gpaShort(describeGpaEntry(reason.entry, lang), reason.gap);
  }
}

/** A partner's reasons as one line: "TOEIC 450 or above (your TOEIC 450 meets it); GPA 2.5 or above ...". */
export function describeReasons(reasons: PartnerReason[], partner: Partner, lang: Lang): string {
  return reasons.map((reason) => phrase(reason, partner, lang)).join(PHRASES[lang].join);
}
