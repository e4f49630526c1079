/**
 * The partner engine's reasons (data) in words: the record's figures and the student's, in
 * the student's language (phrases in en.ts / ja.ts under `reasons`).
 */
import type { Lang } from '../domain/types.ts';
import type { LanguageOption, Partner } from '../knowledge/schema.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import type { PartnerReason } from '../partners/engine.ts';
import {
  describeGpa,
  describeGpaEntry,
  describeLanguage,
  describeOption,
} from './partner-facts.ts';
import { scoreLabel, TEST_LABEL } from '../partners/test-scales.ts';
import { messagesFor } from './index.ts';
import { studentText } from '../knowledge/voices.ts';
import type { ReasonMessages } from './messages.ts';

function caveats(
  option: LanguageOption,
  preferred: boolean,
  phrases: ReasonMessages,
  lang: Lang,
): string {
  // Sub-scores, conditions and some notes are already part of describeOption; add what it leaves out.
  const parts: string[] = [];
  const note = option.note ? studentText(option.note, lang) : null;
  // A note on a sub-score only restates it ("every band at least 5.5").
  if (note && !option.subScore && !describeOption(option, lang).includes(note)) parts.push(note);
  if (preferred) parts.push(phrases.preferred);
  return parts.length > 0 ? phrases.caveats(parts) : '';
}

function phrase(reason: PartnerReason, partner: Partner, lang: Lang, office: OfficeFile): string {
  const p = messagesFor(lang).reasons;
  switch (reason.kind) {
    case 'requirement':
      return p.requirement(describeLanguage(partner, lang));
    case 'as_recorded':
      return describeLanguage(partner, lang);
    case 'other_test':
      return p.otherTest(describeLanguage(partner, lang), TEST_LABEL[reason.test], office);
    case 'option':
      return `${describeOption(reason.option, lang)}${caveats(reason.option, reason.preferred, p, lang)}`;
    case 'meets':
      return `${p.meets(describeOption(reason.option, lang), TEST_LABEL[reason.test], scoreLabel(reason.test, reason.score))}${caveats(reason.option, reason.preferred, p, lang)}`;
    case 'short': {
      const alternatives = reason.alternatives.map((o) => describeOption(o, lang));
      return p.short(
        describeOption(reason.option, lang),
        reason.gap,
        alternatives.length > 0 ? p.alternatives(alternatives) : '',
      );
    }
    case 'section_short':
      return p.sectionShort(describeOption(reason.option, lang));
    case 'gpa_stated':
      return describeGpa(partner, lang);
    case 'gpa_other_scale':
      return p.gpaOtherScale(describeGpa(partner, lang), office);
    case 'gpa_meets':
      return p.gpaMeets(describeGpaEntry(reason.entry, lang), reason.gpa);
    case 'gpa_short':
      return p.gpaShort(describeGpaEntry(reason.entry, lang), reason.gap);
    case 'year_condition':
      return p.yearCondition(partner.studentLevel?.[lang] ?? '');
  }
}

/** A partner's reasons as one line: "TOEIC 450 or above (your TOEIC 450 meets it); GPA 2.5 or above ...". */
export function describeReasons(
  reasons: PartnerReason[],
  partner: Partner,
  lang: Lang,
  office: OfficeFile,
): string {
  return reasons
    .map((reason) => phrase(reason, partner, lang, office))
    .join(messagesFor(lang).reasons.join);
}
