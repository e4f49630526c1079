/** Turns a partner search into the student's answer: the exact set, a reason each, sources. */
import type { Citation, Lang, PartnerResult, RelatedPartners } from '../domain/types.ts';
import type { Partner, PartnersFile } from '../knowledge/schema.ts';
import type { PartnerSearch, PartnerVerdict } from '../partners/engine.ts';
import type { PartnerField, PartnerQuery } from '../partners/query.ts';
import {
  describeDeadlines,
  describeFaculties,
  describeGpa,
  describeLanguage,
  describePeriods,
  describeSlots,
  describeTuition,
  partnerName,
  countryName,
} from '../partners/describe.ts';
import { OTHER_COUNTRIES, TEST_LABEL } from '../partners/vocabulary.ts';
import { formatAsOf } from './freshness.ts';

export interface ComposedPartnerAnswer {
  text: string;
  citations: Citation[];
  partners: PartnerResult[];
  related: RelatedPartners;
}

export function tableCitation(file: PartnersFile, lang: Lang): Citation {
  return { id: 'partners', title: file.title[lang], source: `${file.source.file} — ${file.source.part}`, asOf: file.asOf };
}

function partnerCitation(partner: Partner, lang: Lang): Citation {
  return { id: `partner:${partner.id}`, title: partnerName(partner, lang), source: `${partner.source.file} — ${partner.source.part}`, asOf: partner.asOf };
}

function toResult(verdict: PartnerVerdict): PartnerResult {
  const { partner, reason } = verdict;
  return { id: partner.id, nameEn: partner.nameEn, nameJa: partner.nameJa, country: partner.country.en, reason };
}

function line(verdict: PartnerVerdict, index: number, lang: Lang): string {
  const { partner, reason } = verdict;
  return lang === 'ja'
    ? `${index + 1}. ${partner.nameJa}（${partner.country.ja}）— ${reason}`
    : `${index + 1}. ${partner.nameEn} (${partner.country.en}) — ${reason}`;
}

const FACULTY_JA = { humanities: '人文学部', education: '教育学部', engineering: '工学部', bioresources: '生物資源学部', medicine: '医学部' } as const;

export function describeCriteria(query: PartnerQuery, lang: Lang, file: PartnersFile): string {
  const ja = lang === 'ja';
  const parts: string[] = [];
  if (query.test) {
    const label = TEST_LABEL[query.test.test];
    parts.push(query.test.score === null ? (ja ? `${label}の基準がある` : `with a ${label} requirement`) : ja ? `${label} ${query.test.score}で応募できる` : `accepting ${label} ${query.test.score}`);
  }
  if (query.gpa !== null) parts.push(ja ? `GPA ${query.gpa}で応募できる` : `open to a GPA of ${query.gpa}`);
  const places = [
    ...query.regions.map((r) => file.partners.find((p) => p.region.id === r)?.region[lang] ?? r),
    ...query.countries.map((c) => file.partners.find((p) => p.country.code === c)?.country[lang] ?? OTHER_COUNTRIES.find((o) => o.code === c)?.[lang] ?? c),
  ];
  if (places.length > 0) parts.push(ja ? `${places.join('・')}の` : `in ${places.join(' or ')}`);
  if (query.faculty) parts.push(ja ? `${FACULTY_JA[query.faculty]}の学生が対象の` : `open to ${query.faculty} students`);
  if (query.level) parts.push(ja ? (query.level === 'graduate' ? '大学院生が対象の' : '学部生が対象の') : `open to ${query.level}s`);
  if (query.startMonth !== null) parts.push(ja ? `${query.startMonth}月開始の学期がある` : `with a term starting in month ${query.startMonth}`);
  if (query.deadlineMonth !== null) parts.push(ja ? `${query.deadlineMonth}月に締切がある` : `with a deadline in month ${query.deadlineMonth}`);
  if (query.tuitionWaived) parts.push(ja ? '授業料不徴収の' : 'with tuition waived');
  if (query.minSlots !== null) parts.push(ja ? `${query.minSlots}名以上の枠がある` : `with at least ${query.minSlots} places`);
  if (query.noLanguageRequirement) parts.push(ja ? '語学要件の記載がない' : 'with no language requirement stated');
  return parts.join(ja ? '、' : ', ');
}

export function composePartnerAnswer(search: PartnerSearch, file: PartnersFile, lang: Lang): ComposedPartnerAnswer {
  const related: RelatedPartners = {
    otherTest: search.otherTest.map(toResult),
    noneStated: search.noneStated.map(toResult),
    nearMiss: search.nearMiss.map(toResult),
  };
  if (search.named.length > 0) return composeLookup(search, file, lang, related);
  const ja = lang === 'ja';
  const criteria = describeCriteria(search.query, lang, file) || (ja ? '全' : 'all');
  const asOf = formatAsOf(file.asOf);
  const sections: string[] = [];
  sections.push(
    search.matches.length > 0
      ? ja
        ? `${criteria}協定校は、協定校一覧（${asOf}時点）で${search.matches.length}校です。`
        : `${search.matches.length} partner${search.matches.length === 1 ? '' : 's'} ${criteria} in the partner table (as of ${asOf}):`
      : ja
        ? `協定校一覧（${asOf}時点）には、${criteria}協定校はありません。`
        : `No partner in the partner table (as of ${asOf}) matches: ${criteria}.`,
  );
  if (search.matches.length > 0) sections.push(search.matches.map((v, i) => line(v, i, lang)).join('\n'));
  const extra = (title: string, list: PartnerVerdict[]) => {
    if (list.length > 0) sections.push(`${title}\n${list.map((v, i) => line(v, i, lang)).join('\n')}`);
  };
  if (search.query.test) {
    extra(ja ? '■ あと少しで届かない協定校:' : 'Near misses:', search.nearMiss);
    extra(
      ja ? '■ 別の試験・条件で要件が書かれている協定校（換算の可否は留学生支援室が判断します）:' : 'Requirement stated in another test or form (whether your score counts is for the office to decide; scores are never converted here):',
      search.otherTest,
    );
    extra(ja ? '■ 一覧に語学要件の記載がない協定校（要件がないとは限りません）:' : 'No language requirement stated in the table (which does not mean there is none):', search.noneStated);
  } else {
    extra(ja ? '■ あと少しで届かない協定校:' : 'Near misses:', search.nearMiss);
    extra(ja ? '■ 条件の比較に確認が必要な協定校:' : 'Needs a check with the office:', search.otherTest);
  }
  return { text: sections.join('\n\n'), citations: [tableCitation(file, lang)], partners: search.matches.map(toResult), related };
}

/** Which of a record's gap notes speak to which field (gap notes are free text, English side read). */
const GAP_TOPIC: Record<PartnerField, RegExp> = {
  language: /language|IELTS|TOEFL|TOEIC|HSK|CEFR/i,
  gpa: /GPA|grade/i,
  deadline: /deadline|intake/i,
  period: /period|term|semester|month/i,
  slots: /slot|places|number of students/i,
  tuition: /tuition/i,
  faculty: /facult|level|year/i,
  notes: /note/i,
};

function verdictLine(verdict: PartnerVerdict | undefined, lang: Lang): string {
  const ja = lang === 'ja';
  if (!verdict) return ja ? '→ あなたの条件では応募基準に届きません（下記の要件を参照）。' : '→ Your score or GPA does not meet this partner\'s requirement (see below).';
  const label = {
    match: ja ? '応募基準を満たします' : 'meets the requirement',
    near_miss: ja ? 'あと少し届きません' : 'just short',
    other_test: ja ? '要件が別の試験・形式で書かれています（留学生支援室の判断）' : 'requirement stated in another test or form (the office decides)',
    none_stated: ja ? '一覧に語学要件の記載がありません' : 'no language requirement stated in the table',
    excluded: ja ? '応募基準に届きません' : 'does not meet the requirement',
  }[verdict.verdict];
  return `→ ${label}: ${verdict.reason}`;
}

const CORE_FIELDS: PartnerField[] = ['language', 'gpa', 'deadline', 'slots'];

const ALL_FIELDS: PartnerField[] = ['language', 'gpa', 'deadline', 'period', 'slots', 'tuition', 'faculty', 'notes'];

function composeLookup(search: PartnerSearch, file: PartnersFile, lang: Lang, related: RelatedPartners): ComposedPartnerAnswer {
  const ja = lang === 'ja';
  // What was asked comes first; the essentials (requirement, GPA, deadline, places) always follow.
  const asked = search.query.fields.length > 0 ? search.query.fields : ALL_FIELDS;
  const fields = [...new Set([...asked, ...CORE_FIELDS])];
  const label: Record<PartnerField, string> = ja
    ? { language: '語学要件', gpa: 'GPA', deadline: '出願締切', period: '留学期間', slots: '人数', tuition: '授業料', faculty: '対象', notes: '備考' }
    : { language: 'Language', gpa: 'GPA', deadline: 'Application deadline', period: 'Study periods', slots: 'Places', tuition: 'Tuition', faculty: 'Open to', notes: 'Notes' };
  const value = (partner: Partner, field: PartnerField): string | null => {
    switch (field) {
      case 'language': return describeLanguage(partner, lang);
      case 'gpa': return describeGpa(partner, lang);
      case 'deadline': return describeDeadlines(partner, lang);
      case 'period': return describePeriods(partner, lang);
      case 'slots': return describeSlots(partner, lang);
      case 'tuition': return describeTuition(partner, lang);
      case 'faculty': return describeFaculties(partner, lang);
      case 'notes': return partner.notes.length > 0 ? partner.notes.map((n) => n[lang]).join(ja ? '／' : ' / ') : null;
    }
  };
  // When the student also gave a score or GPA, each named partner starts with the verdict on it.
  const verdicts = new Map([...search.matches, ...search.otherTest, ...search.noneStated, ...search.nearMiss].map((v) => [v.partner.id, v]));
  const judged = search.query.test?.score != null || search.query.gpa !== null;
  const blocks = search.named.map((partner, index) => {
    const rows = fields
      .map((field) => [field, value(partner, field)] as const)
      .filter(([, v]) => v !== null)
      .map(([field, v]) => `- ${label[field]}: ${v}`);
    const relevantGaps = partner.gaps.filter((gap) => fields.some((field) => GAP_TOPIC[field].test(gap.en)));
    const gaps = relevantGaps.length > 0 ? `\n- ${ja ? '資料で確認できない点' : 'Not in the source'}: ${relevantGaps.map((g) => g[lang]).join(ja ? '／' : ' / ')}` : '';
    const title = ja
      ? `${partnerName(partner, lang)}（${countryName(partner, lang)}、${partner.region.ja}）[${index + 1}]`
      : `${partnerName(partner, lang)} (${countryName(partner, lang)}, ${partner.region.en}) [${index + 1}]`;
    const verdict = judged ? verdictLine(verdicts.get(partner.id), lang) : null;
    return `${title}\n${verdict ? `${verdict}\n` : ''}${rows.join('\n')}${gaps}`;
  });
  const partners = search.named.map((partner) => ({
    id: partner.id,
    nameEn: partner.nameEn,
    nameJa: partner.nameJa,
    country: partner.country.en,
    reason: fields.map((f) => value(partner, f)).filter(Boolean).join(ja ? '／' : '; '),
  }));
  return { text: blocks.join('\n\n'), citations: search.named.map((p) => partnerCitation(p, lang)), partners, related };
}
