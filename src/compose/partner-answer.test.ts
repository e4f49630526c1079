/** The partner composer: the engine's data in words, in the student's language, with the office from knowledge. */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { searchPartners } from '../partners/engine.ts';
import { EMPTY_QUERY } from '../partners/query.ts';
import { composePartnerAnswer } from './partner-answer.ts';

const compose = (score: number, lang: 'en' | 'ja') => {
  const knowledge = testKnowledge();
  const search = searchPartners(knowledge.partners.partners, {
    ...structuredClone(EMPTY_QUERY),
    test: { test: 'TOEIC', score },
  });
  return composePartnerAnswer(search, knowledge.partners, lang, knowledge.office);
};

describe('composePartnerAnswer', () => {
  it('words a match in English and in Japanese from the same data', () => {
    const en = compose(450, 'en');
    const ja = compose(450, 'ja');
    expect(en.partners.map((p) => p.id)).toEqual(ja.partners.map((p) => p.id));
    expect(en.partners[0]!.reason).toBe('TOEIC 450 or above (your TOEIC 450 meets it)');
    expect(ja.partners[0]!.reason).toBe('TOEIC 450点以上（あなたの TOEIC 450 は基準を満たします）');
    expect(en.text).toMatch(
      /^1 partner accepting TOEIC 450 in the partner table \(as of 2015\/11\):/,
    );
    expect(ja.text).toMatch(
      /^TOEIC 450で応募できる協定校は、協定校一覧（2015\/11時点）で1校です。/,
    );
  });

  it('a list asked for a field shows it on every row; the JSON reason stays the requirement', () => {
    const knowledge = testKnowledge();
    const search = searchPartners(knowledge.partners.partners, {
      ...structuredClone(EMPTY_QUERY),
      countries: ['MY'],
      fields: ['deadline'],
    });
    const ja = composePartnerAnswer(search, knowledge.partners, 'ja', knowledge.office);
    // Source rows: UPM 3/1, TATI 12/20 (p.19 of the 2015 guide's partner table).
    expect(ja.text).toMatch(/プトラマレーシア大学.*出願締切: 3月1日/);
    expect(ja.text).toMatch(/タチ大学.*出願締切: 12月20日/);
    expect(ja.partners.every((p) => !p.reason.includes('出願締切'))).toBe(true);
  });

  it('a list chosen by faculty shows each row’s faculties, and says where the table is unclear', () => {
    const knowledge = testKnowledge();
    const search = searchPartners(knowledge.partners.partners, {
      ...structuredClone(EMPTY_QUERY),
      faculty: 'bioresources',
      facultyOnly: true,
    });
    const ja = composePartnerAnswer(search, knowledge.partners, 'ja', knowledge.office);
    // p.20: 釜慶国立大学校 生; p.21: 温州大学 shares 「工 工研 生研 生」 with 浙江大学.
    expect(ja.text).toContain(
      '釜慶国立大学校（韓国）— 語学: 授業を履修するのに充分な韓国語能力(望ましい)／対象: 生物資源学部\n',
    );
    expect(ja.text).toMatch(
      /温州大学 生命興環境科学学院（中国）— .*対象: 生物資源学研究科・生物資源学部（一覧からははっきり読み取れないため/,
    );
    const en = composePartnerAnswer(search, knowledge.partners, 'en', knowledge.office);
    expect(en.text).toContain('Open to: Faculty of Bioresources');
  });

  it('a list chosen by the language asked for says so in its heading', () => {
    const knowledge = testKnowledge();
    const search = searchPartners(knowledge.partners.partners, {
      ...structuredClone(EMPTY_QUERY),
      languages: ['chinese'],
    });
    const ja = composePartnerAnswer(search, knowledge.partners, 'ja', knowledge.office);
    expect(ja.text).toMatch(/^中国語の語学要件がある協定校は、/);
  });

  it('a list chosen by the GPA the rows require says so in its heading', () => {
    const knowledge = testKnowledge();
    const heading = (query: Partial<typeof EMPTY_QUERY>, lang: 'ja' | 'en') =>
      composePartnerAnswer(
        searchPartners(knowledge.partners.partners, { ...structuredClone(EMPTY_QUERY), ...query }),
        knowledge.partners,
        lang,
        knowledge.office,
      ).text.split('\n')[0];
    expect(heading({ requiredGpaMin: 3, requiredGpaMax: 3 }, 'ja')).toMatch(
      /^GPA 3\.0が条件の協定校は/,
    );
    expect(heading({ requiredGpaMax: 2.5 }, 'en')).toMatch(/with a GPA minimum of 2\.5 or less/);
    expect(heading({ gpaStated: true }, 'ja')).toMatch(/^GPA要件の記載がある協定校は/);
  });

  it('the first message’s shorter lines keep what the rows were chosen by, not the language', () => {
    const knowledge = testKnowledge();
    const search = searchPartners(knowledge.partners.partners, {
      ...structuredClone(EMPTY_QUERY),
      yearCondition: true,
    });
    const en = composePartnerAnswer(search, knowledge.partners, 'en', knowledge.office);
    const asked = en.brief!.askedLines!;
    // Source: Lille 3's row prints 3年次以上; its language cell is empty.
    const lille = asked.find((l) => l.includes('Lille 3'))!;
    expect(lille).toContain('year of study: Undergraduates in their 3rd year or above');
    expect(lille).not.toContain('language');
    expect(en.brief!.lines.find((l) => l.includes('Lille 3'))).toContain('language');
    // A list by country keeps no reason at all in the short form: the name and country alone.
    const thai = searchPartners(knowledge.partners.partners, {
      ...structuredClone(EMPTY_QUERY),
      countries: ['TH'],
    });
    const ja = composePartnerAnswer(thai, knowledge.partners, 'ja', knowledge.office);
    expect(ja.brief!.askedLines![0]).toMatch(/^1\. \S+（タイ）$/);
  });

  it('a lookup given a GPA and no language score does not claim the language requirement is met', () => {
    const knowledge = testKnowledge();
    const lookup = (partnerId: string, over: Partial<typeof EMPTY_QUERY>, lang: 'en' | 'ja') =>
      composePartnerAnswer(
        searchPartners(knowledge.partners.partners, {
          ...structuredClone(EMPTY_QUERY),
          partnerIds: [partnerId],
          ...over,
        }),
        knowledge.partners,
        lang,
        knowledge.office,
      ).text;
    // Tasmania's row (p.21): IELTS 6.0 (all bands 5.5), GPA 2.5.
    const gpaOnly = lookup('university-of-tasmania', { gpa: 3.0 }, 'en');
    expect(gpaOnly).toContain('→ meets what you stated (you gave no language score');
    expect(gpaOnly).not.toContain('→ meets the requirement');
    expect(lookup('university-of-tasmania', { gpa: 3.0 }, 'ja')).toContain(
      '語学要件は別に満たす必要があります',
    );
    const both = lookup(
      'university-of-tasmania',
      { gpa: 3.0, test: { test: 'IELTS', score: 6.5, subScores: [] } },
      'en',
    );
    expect(both).toContain('→ meets the requirement');
  });

  it('a lookup naming a faculty or level says first whether the row lists the student', () => {
    const knowledge = testKnowledge();
    const lookup = (partnerIds: string[], over: Partial<typeof EMPTY_QUERY>, lang: 'en' | 'ja') =>
      composePartnerAnswer(
        searchPartners(knowledge.partners.partners, {
          ...structuredClone(EMPTY_QUERY),
          partnerIds,
          fields: ['faculty', 'notes'],
          ...over,
        }),
        knowledge.partners,
        lang,
        knowledge.office,
      ).text;
    // São Paulo's row (p.21) lists 人 only; ISMANS's (p.22) lists 工研 only; Bochum's 全.
    expect(lookup(['university-of-sao-paulo-fflch'], { faculty: 'education' }, 'ja')).toContain(
      '→ 一覧の対象に教育学部の学生は含まれていません',
    );
    expect(lookup(['ismans-le-mans'], { level: 'undergraduate' }, 'ja')).toContain(
      '→ 一覧の対象に学部生は含まれていません',
    );
    expect(lookup(['ismans-le-mans'], { level: 'graduate' }, 'en')).toContain(
      '→ The table lists graduate students for this partner',
    );
    expect(lookup(['ruhr-university-bochum'], { level: 'graduate' }, 'en')).toContain(
      '→ The table does not limit this partner to a faculty or level',
    );
  });

  it('partners compared on what was asked: only that, one line each in the first message', () => {
    const knowledge = testKnowledge();
    const composed = composePartnerAnswer(
      searchPartners(knowledge.partners.partners, {
        ...structuredClone(EMPTY_QUERY),
        partnerIds: ['university-of-central-lancashire', 'lund-university'],
        fields: ['deadline'],
      }),
      knowledge.partners,
      'ja',
      knowledge.office,
    );
    // Source rows (p.22): UCLan 5/31, Lund 4/25; UCLan's 「5/31/ 2」 leaves a point to the office.
    expect(composed.brief!.lines).toEqual([
      '1. セントラルランカシャー大学（英国）— 出願締切: 5月31日',
      '2. ルンド大学 人文神学学部（スウェーデン）— 出願締切: 4月25日',
    ]);
    expect(composed.brief!.groups).toEqual([
      '資料で確認できない点があります（全文に記載しています）',
    ]);
    expect(composed.text).not.toContain('語学要件');
  });

  it('names the office from knowledge/office.yaml where the office decides', () => {
    const { office } = testKnowledge();
    const ja = compose(400, 'ja');
    expect(ja.text).toContain(`換算の可否は${office.name.ja}が判断します`);
    expect(ja.related.otherTest.some((p) => p.reason.includes(`${office.name.ja}の判断です`))).toBe(
      true,
    );
  });

  it('cites the partner table with its as-of date', () => {
    expect(compose(450, 'en').citations).toEqual([
      expect.objectContaining({ id: 'partners', asOf: '2015-11' }),
    ]);
  });
});
