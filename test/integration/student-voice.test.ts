/**
 * Two voices in the knowledge: what students read carries no curation marker, the office's
 * notes never reach an answer, and a planted marker makes `desk knowledge check` fail.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { composePartnerAnswer } from '../../src/compose/partner-answer.ts';
import {
  CurationMarkersFile,
  compileMarkers,
  findMarkers,
  studentTexts,
} from '../../src/knowledge/curation-markers.ts';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import { buildPassages } from '../../src/knowledge/passages.ts';
import { searchPartners } from '../../src/partners/engine.ts';
import { EMPTY_QUERY, PartnerField } from '../../src/partners/query.ts';

function knowledge(root = 'knowledge'): KnowledgeBase {
  const result = loadKnowledge(root);
  expect(result.problems).toEqual([]);
  return result.knowledge!;
}

const markers = () =>
  compileMarkers(
    CurationMarkersFile.parse(parse(readFileSync('knowledge/curation-markers.yaml', 'utf8'))),
  ).markers;

/** Every student-facing text of every curated record, walked independently of the check. */
function everyStudentText(k: KnowledgeBase) {
  const { partners, unplaced: _office, ...table } = k.partners;
  return [
    ...studentTexts(table, 'partners.yaml'),
    ...partners.flatMap((p) => studentTexts(p, `partners.yaml#${p.id}`)),
    ...k.faq.flatMap((e) => studentTexts(e, `faq.yaml#${e.id}`)),
    ...studentTexts(k.office, 'office.yaml'),
    ...[...k.guide, ...k.about].flatMap((d) =>
      studentTexts({ title: d.title, source: d.source, body: d.body }, d.file),
    ),
  ];
}

describe('student-facing texts in knowledge/', () => {
  it('carry no curation marker, file name or line reference', () => {
    const texts = everyStudentText(knowledge());
    // The walk reaches the fields that used to carry curation notes.
    expect(
      texts.filter((t) => /\.gaps\[\d+\]\.student\.(ja|en)$/.test(t.path)).length,
    ).toBeGreaterThan(100);
    expect(texts.some((t) => /language\.note\.student\.en$/.test(t.path))).toBe(true);
    expect(texts.some((t) => /source\.title\.ja$/.test(t.path))).toBe(true);
    expect(findMarkers(texts, markers())).toEqual([]);
  });

  it('the office voice is kept, and is where the curation notes went (so the walk would find them)', () => {
    const k = knowledge();
    const office = [
      ...k.partners.partners.flatMap((p) => [...p.office, ...p.gaps.map((g) => g.office ?? '')]),
      ...k.partners.unplaced.map((u) => u.office),
    ];
    const hits = findMarkers(
      office.map((text, i) => ({ path: `office[${i}]`, text })),
      markers(),
    );
    expect(hits.length).toBeGreaterThan(50);
    expect(hits.map((h) => h.marker)).toEqual(
      expect.arrayContaining(['PDF', 'unplaced', 'confirm']),
    );
  });

  it('no partner answer shows an office note, a seed file name or a provenance part', () => {
    const k = knowledge();
    const officeNotes = k.partners.partners.flatMap((p) => [
      ...p.office,
      ...[...p.gaps, ...p.notes].map((g) => g.office).filter((o): o is string => !!o),
    ]);
    for (const partner of k.partners.partners) {
      for (const lang of ['ja', 'en'] as const) {
        const query = {
          ...EMPTY_QUERY,
          partnerIds: [partner.id],
          fields: [...PartnerField.options],
        };
        const answer = composePartnerAnswer(
          searchPartners(k.partners.partners, query),
          k.partners,
          lang,
          k.office,
        );
        const shown = [answer.text, ...answer.citations.map((c) => `${c.title} ${c.source}`)].join(
          '\n',
        );
        expect(
          findMarkers([{ path: partner.id, text: shown }], markers()),
          `${partner.id} ${lang}`,
        ).toEqual([]);
        expect(shown).not.toContain(partner.source.provenance.file);
        for (const note of officeNotes)
          expect(shown.includes(note), `${partner.id} shows an office note`).toBe(false);
        expect(answer.citations[0]!.source).toBe(partner.source.title[lang]);
        expect(answer.citations[0]!.provenance).toContain(partner.source.provenance.file);
      }
    }
  });

  it('passages cite the student title and keep the provenance apart', () => {
    for (const passage of buildPassages(knowledge())) {
      expect(passage.source).not.toMatch(/\.txt\b/);
      expect(passage.source).toMatch(/交換留学のすすめ|web page|ウェブページ|news|ニュース/);
      expect(passage.provenance).toMatch(/^00\d_[0-9a-f]+\.txt — /);
    }
  });
});

describe('desk knowledge check on a planted marker (temp copy of knowledge/)', () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const copy = () => {
    dir = mkdtempSync(join(tmpdir(), 'desk-voices-'));
    cpSync('knowledge', dir, { recursive: true });
    return dir;
  };
  const edit = (root: string, file: string, from: string, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    expect(text.includes(from), `${file} contains ${from}`).toBe(true);
    writeFileSync(path, text.replace(from, to));
  };

  it('fails on [sic] in a partner gap, names the file, record and field', () => {
    const root = copy();
    edit(
      root,
      'partners.yaml',
      'Application deadline: the table gives no date for this university;',
      'Application deadline: "3/1" [sic] is missing;',
    );
    const { knowledge: k, problems } = loadKnowledge(root);
    expect(k).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'partners.yaml',
        record: 'sriwijaya-university',
        message: expect.stringMatching(/gaps\[0\]\.student\.en carries "\[sic\]"/),
      }),
    ]);
  });

  it('fails on a file name in a guide source title and on 要確認 in an FAQ answer, not on the same words in office notes', () => {
    const root = copy();
    edit(
      root,
      'guide/scholarship.en.md',
      'title: { ja: "「交換留学のすすめ」2015年度版 §4',
      'title: { ja: "001_2f5be6675cafeb59.txt §4',
    );
    edit(
      root,
      'faq.yaml',
      '合否は本人に学内メールで通知されます。',
      '合否は本人に学内メールで通知されます（要確認）。',
    );
    edit(
      root,
      'office.yaml',
      'openDays follows that reading.',
      'openDays follows that reading; see 001_2f5be6675cafeb59.txt, line 12, 要確認.',
    );
    const { problems } = loadKnowledge(root);
    expect(problems.map((p) => `${p.file}|${p.record}`).sort()).toEqual([
      'faq.yaml|selection-process',
      'guide/scholarship.en.md|scholarship',
    ]);
    expect(problems.find((p) => p.file === 'faq.yaml')!.message).toMatch(
      /answer\.ja carries "要確認"/,
    );
  });

  it('fails on extraction notes, a line reference or a curator guess in a guide or about body, not in its office note', () => {
    const root = copy();
    edit(
      root,
      'guide/support-office.en.md',
      'The office is closed on public holidays.',
      'The office is closed on public holidays (in the source text, line 14, this is damaged).',
    );
    edit(
      root,
      'guide/support-office.ja.md',
      '祝日は窓口が開いていません。',
      '祝日は窓口が開いていません（原文テキストでは判読できません）。',
    );
    edit(
      root,
      'about/scrape-study-abroad-lines.en.md',
      'the lines themselves are undated.',
      'the lines themselves are undated (perhaps 2014).',
    );
    const { problems } = loadKnowledge(root);
    const messages = problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/support-office\.en\.md: .*carries "source text"/),
        expect.stringMatching(/support-office\.en\.md: .*carries "\\b\(lines\?/),
        expect.stringMatching(/support-office\.ja\.md: .*carries "原文テキスト"/),
        expect.stringMatching(/support-office\.ja\.md: .*carries "判読"/),
        expect.stringMatching(/scrape-study-abroad-lines\.en\.md: .*carries "perhaps"/),
      ]),
    );
    // The same words in a document's office note are the office's own voice.
    expect(problems.every((p) => !/office/.test(p.message.split(' carries ')[0]!))).toBe(true);
  });

  it('the markers are data: a marker added to curation-markers.yaml takes effect', () => {
    const root = copy();
    expect(loadKnowledge(root).problems).toEqual([]);
    edit(
      root,
      'curation-markers.yaml',
      'markers:\n',
      'markers:\n  - { word: "Savoie", why: "planted for the test" }\n',
    );
    const records = new Set(loadKnowledge(root).problems.map((p) => p.record));
    expect(records).toEqual(new Set(['universite-savoie-mont-blanc', 'arts-et-metiers-paristech']));
  });

  it('reports a marker pattern that is not a valid regular expression', () => {
    const root = copy();
    edit(
      root,
      'curation-markers.yaml',
      'markers:\n',
      'markers:\n  - { pattern: "([", why: "broken" }\n',
    );
    expect(loadKnowledge(root).problems).toEqual([
      expect.objectContaining({
        file: 'curation-markers.yaml',
        message: expect.stringMatching(/not a valid pattern/),
      }),
    ]);
  });
});
