/** Turns a partner search into the student's answer: the exact set, a reason each, sources. */
import type { Citation, Lang, PartnerResult, RelatedPartners } from '../domain/types.ts';
import type { Partner, PartnersFile } from '../knowledge/schema.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import type { PartnerSearch, PartnerVerdict } from '../partners/engine.ts';
import type { PartnerField, PartnerQuery } from '../partners/query.ts';
import { partnerName, countryName } from '../messages/partner-facts.ts';
import { TEST_LABEL } from '../partners/test-scales.ts';
import { messagesFor } from '../messages/index.ts';
import { describeReasons } from '../messages/partner-reasons.ts';
import { formatAsOf } from './freshness.ts';
import { provenanceOf, sourceTitle, studentText } from '../knowledge/voices.ts';
import type { PartnerBrief } from './partner-brief.ts';
import { mayGo } from '../partners/faculty-codes.ts';
import { askedLine, fieldValue, line, listedFields } from './partner-lines.ts';
import { describeCriteria, type OtherPlace } from './partner-criteria.ts';

export interface ComposedPartnerAnswer {
  /** The full answer: every partner of every group, with its reason. */
  text: string;
  /** The first message's parts (lookups have none: their text is cut to the budget). */
  brief: PartnerBrief | null;
  citations: Citation[];
  partners: PartnerResult[];
  related: RelatedPartners;
}

export function tableCitation(file: PartnersFile, lang: Lang): Citation {
  return {
    id: 'partners',
    title: file.title[lang],
    source: sourceTitle(file.source, lang),
    asOf: file.asOf,
    provenance: provenanceOf(file.source),
  };
}

function partnerCitation(partner: Partner, lang: Lang): Citation {
  return {
    id: `partner:${partner.id}`,
    title: partnerName(partner, lang),
    source: sourceTitle(partner.source, lang),
    asOf: partner.asOf,
    provenance: provenanceOf(partner.source),
  };
}

function toResult(verdict: PartnerVerdict, lang: Lang, office: OfficeFile): PartnerResult {
  const { partner } = verdict;
  return {
    id: partner.id,
    nameEn: partner.nameEn,
    nameJa: partner.nameJa,
    country: partner.country.en,
    reason: describeReasons(verdict.reasons, partner, lang, office),
  };
}

export function composePartnerAnswer(
  search: PartnerSearch,
  file: PartnersFile,
  lang: Lang,
  office: OfficeFile,
  otherPlaces: OtherPlace[] = [],
): ComposedPartnerAnswer {
  const related: RelatedPartners = {
    otherTest: search.otherTest.map((v) => toResult(v, lang, office)),
    noneStated: search.noneStated.map((v) => toResult(v, lang, office)),
    nearMiss: search.nearMiss.map((v) => toResult(v, lang, office)),
  };
  if (search.named.length > 0) return composeLookup(search, lang, related, office);
  const m = messagesFor(lang).partners;
  const criteria = describeCriteria(search.query, lang, file, otherPlaces) || m.all;
  const asOf = formatAsOf(file.asOf);
  const sections: string[] = [];
  sections.push(
    search.matches.length > 0
      ? m.headline(search.matches.length, criteria, asOf)
      : m.noneMatch(criteria, asOf),
  );
  if (search.matches.length > 0)
    sections.push(
      search.matches.map((v, i) => line(v, i, lang, office, listedFields(search.query))).join('\n'),
    );
  const extra = (title: string, list: PartnerVerdict[]) => {
    if (list.length > 0)
      sections.push(`${title}\n${list.map((v, i) => line(v, i, lang, office, [])).join('\n')}`);
  };
  extra(m.nearMiss, search.nearMiss);
  if (search.query.test) {
    extra(m.otherTestScored(office), search.otherTest);
    extra(m.noneStated, search.noneStated);
  } else {
    extra(m.needsCheck, search.otherTest);
  }
  return {
    text: sections.join('\n\n'),
    brief: partnerBrief(search, sections[0]!, lang, office),
    citations: [tableCitation(file, lang)],
    partners: search.matches.map((v) => toResult(v, lang, office)),
    related,
  };
}

/** At most this many rows left to the office are named when nothing else is listed. */
const FEW_TO_NAME = 3;

/** The first message: the matching partners (or, when none match, the near misses) and a count per group. */
function partnerBrief(
  search: PartnerSearch,
  headline: string,
  lang: Lang,
  office: OfficeFile,
): PartnerBrief {
  const m = messagesFor(lang);
  const label = search.query.test ? TEST_LABEL[search.query.test.test] : null;
  // Nothing matches and nothing is near: a few rows the table leaves to the office (no
  // requirement stated, another test) are named under their count, not only counted.
  const others = [...search.noneStated, ...search.otherTest];
  const namesOthers =
    search.matches.length === 0 &&
    search.nearMiss.length === 0 &&
    others.length > 0 &&
    others.length <= FEW_TO_NAME;
  const listed =
    search.matches.length > 0 ? search.matches : namesOthers ? others : search.nearMiss;
  const groups: string[] = [];
  if (search.matches.length > 0 && search.nearMiss.length > 0)
    groups.push(m.reply.groupNearMiss(search.nearMiss.length));
  if (label) {
    if (search.otherTest.length > 0)
      groups.push(m.reply.groupOtherTest(search.otherTest.length, label, office));
    if (search.noneStated.length > 0)
      groups.push(m.reply.groupNoneStated(search.noneStated.length));
  } else if (search.otherTest.length > 0) {
    groups.push(m.reply.groupNeedsCheck(search.otherTest.length, office));
  }
  const lines = listed.map((v, i) => line(v, i, lang, office, listedFields(search.query)));
  const askedLines = listed.map((v, i) => askedLine(v, i, lang, office, search.query));
  if (namesOthers)
    return { headline: [headline, ...groups].join('\n'), lines, askedLines, groups: [] };
  return {
    headline:
      search.matches.length === 0 && search.nearMiss.length > 0
        ? `${headline}\n${m.partners.nearMiss}`
        : headline,
    lines,
    askedLines,
    groups,
  };
}

/** Which of a record's gap notes speak to which field (the student text's English side is read). */
const GAP_TOPIC: Record<PartnerField, RegExp> = {
  language: /language|IELTS|TOEFL|TOEIC|HSK|TORFL|CEFR/i,
  gpa: /GPA|grade/i,
  deadline: /deadline|intake/i,
  period: /period|term|semester|month/i,
  slots: /slot|places|number of students/i,
  tuition: /tuition/i,
  faculty: /facult|level|year/i,
  notes: /note/i,
};

function verdictLine(verdict: PartnerVerdict | undefined, lang: Lang, office: OfficeFile): string {
  const m = messagesFor(lang).partners;
  if (!verdict) return m.noVerdict;
  // "GPA 2.3, can I go to Lund?": the GPA is met, but nothing was given to hold against the
  // language requirement, so "meets the requirement" would claim more than was checked.
  const untested =
    verdict.verdict === 'match' && verdict.reasons.some((r) => r.kind === 'requirement');
  const word = untested ? m.matchLanguageUnchecked : m.verdict(verdict.verdict, office);
  return `→ ${word}: ${describeReasons(verdict.reasons, verdict.partner, lang, office)}`;
}

/** Whether the row sets no limit, lists the student's faculty and level, or does not list them. */
function listing(
  partner: Partner,
  faculty: PartnerQuery['faculty'],
  level: PartnerQuery['level'],
): 'unlimited' | 'listed' | 'not_listed' {
  if (!mayGo(partner, faculty, level)) return 'not_listed';
  return partner.faculties.all && !partner.studentLevel ? 'unlimited' : 'listed';
}

/** Partners compared on the fields asked, as a list: one line each, so all of them show. */
function compareBrief(named: Partner[], fields: PartnerField[], lang: Lang): PartnerBrief {
  const m = messagesFor(lang).partners;
  const lines = named.map((partner, index) =>
    m.line(
      index,
      partnerName(partner, lang),
      countryName(partner, lang),
      fields
        .map((field) => [field, fieldValue(partner, field, lang)] as const)
        .filter(([, value]) => value !== null)
        .map(([field, value]) => `${m.field[field]}: ${value}`)
        .join(messagesFor(lang).reasons.join),
    ),
  );
  const gaps = named.some((partner) =>
    partner.gaps.some((gap) => fields.some((field) => GAP_TOPIC[field].test(gap.student.en))),
  );
  const asOf = formatAsOf(named[0]!.asOf);
  return {
    headline: m.compareHeadline(
      fields.map((field) => m.field[field]),
      asOf,
    ),
    lines,
    groups: gaps ? [m.compareGaps] : [],
  };
}

const CORE_FIELDS: PartnerField[] = ['language', 'gpa', 'deadline', 'slots'];

const ALL_FIELDS: PartnerField[] = [
  'language',
  'gpa',
  'deadline',
  'period',
  'slots',
  'tuition',
  'faculty',
  'notes',
];

function composeLookup(
  search: PartnerSearch,
  lang: Lang,
  related: RelatedPartners,
  office: OfficeFile,
): ComposedPartnerAnswer {
  const m = messagesFor(lang).partners;
  // What was asked comes first; the essentials (requirement, GPA, deadline, places) follow, except
  // when several partners are compared on what was asked (「UCLanとLundどっちが締切早い？」): then
  // each shows only that, so every one of them fits the first message.
  const asked = search.query.fields.length > 0 ? search.query.fields : ALL_FIELDS;
  const compared = search.named.length > 1 && search.query.fields.length > 0;
  const fields = compared ? asked : [...new Set([...asked, ...CORE_FIELDS])];
  // When the student also gave a score or GPA, each named partner starts with the verdict on it.
  const verdicts = new Map(
    [...search.matches, ...search.otherTest, ...search.noneStated, ...search.nearMiss].map((v) => [
      v.partner.id,
      v,
    ]),
  );
  const judged = search.query.test?.score != null || search.query.gpa !== null;
  const blocks = search.named.map((partner, index) => {
    const rows = fields
      .map((field) => [field, fieldValue(partner, field, lang)] as const)
      .filter(([, v]) => v !== null)
      .map(([field, v]) => `- ${m.field[field]}: ${v}`);
    const relevantGaps = partner.gaps.filter((gap) =>
      fields.some((field) => GAP_TOPIC[field].test(gap.student.en)),
    );
    const gaps =
      relevantGaps.length > 0
        ? `\n- ${m.notInSource}: ${relevantGaps.map((g) => studentText(g, lang)).join(m.gapJoin)}`
        : '';
    const title = m.lookupTitle(
      partnerName(partner, lang),
      countryName(partner, lang),
      partner.region[lang],
      index,
    );
    const verdict = judged ? verdictLine(verdicts.get(partner.id), lang, office) : null;
    // 「教育学部からでも行ける？」: whether the row lists the student, before who it lists.
    const { faculty, level } = search.query;
    const who =
      faculty || level
        ? m.whoMayGo(listing(partner, faculty, level), faculty, level, office)
        : null;
    const head = [verdict, who]
      .filter(Boolean)
      .map((l) => `${l}\n`)
      .join('');
    return `${title}\n${head}${rows.join('\n')}${gaps}`;
  });
  const partners = search.named.map((partner) => ({
    id: partner.id,
    nameEn: partner.nameEn,
    nameJa: partner.nameJa,
    country: partner.country.en,
    reason: fields
      .map((f) => fieldValue(partner, f, lang))
      .filter(Boolean)
      .join(m.reasonJoin),
  }));
  return {
    text: blocks.join('\n\n'),
    brief: compared ? compareBrief(search.named, fields, lang) : null,
    citations: search.named.map((p) => partnerCitation(p, lang)),
    partners,
    related,
  };
}
