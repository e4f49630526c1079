import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKnowledge, currentRows, rowById, writeSheet, type Row } from '../../../test/helpers/partner-sheet.ts';
import { runPartnerSheet } from '../../adapters/cli/partner-sheet-command.ts';
import { loadKnowledge } from '../load.ts';
import { planPartnerImport } from './import.ts';

const buffers = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
};

/**
 * The office's sheet as it arrives: a title row, a header written differently, a column of its
 * own, the region merged down two rows, full-width digits, and two rows that cannot be read.
 */
async function messySheet(knowledgeDir: string) {
  const rows: Row[] = currentRows(knowledgeDir).map((r) => ({ ...r, asOf: '2026/11' }));
  rowById(rows, 'guangxi-university').language = 'ＨＳＫ５級以上';
  rowById(rows, 'guangxi-university').slots = '３名';
  rowById(rows, 'lund-university').language = 'TOIEC 450点以上';
  rowById(rows, 'ewha-womans-university').deadlines = '2/30';
  rowById(rows, 'ewha-womans-university').gpa = 'GPA 10以上';
  // Two neighbouring Asian rows with the region typed once and merged down.
  const first = rows.findIndex((r) => r.id === 'sriwijaya-university');
  rows[first + 1]!.region = '';
  const path = join(knowledgeDir, '..', '協定校一覧2026.xlsx');
  const firstRow = await writeSheet(path, rows, {
    title: '主な交換留学先一覧（2026/11現在）',
    headers: { nameEn: '大学名(英語)', gpa: 'ＧＰＡ' },
    extraColumns: ['担当者'],
    verticalMerges: [{ column: 'region', from: first, to: first + 1 }],
  });
  const rowOf = (id: string) => firstRow + rows.findIndex((r) => r.id === id);
  return { path, rowOf };
}

describe('importing a partner sheet with problems', () => {
  it('names the row and column of every problem and writes nothing', async () => {
    const knowledgeDir = copyKnowledge();
    const before = readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8');
    const sourcesBefore = readdirSync(join(knowledgeDir, 'sources'));
    const { path, rowOf } = await messySheet(knowledgeDir);
    const { output, out, err } = buffers();
    const code = await runPartnerSheet('import', ['partners', path, '--yes'], knowledgeDir, output, null);
    expect(code).toBe(1);
    const lund = rowOf('lund-university');
    const ewha = rowOf('ewha-womans-university');
    expect(err).toContain(`row ${lund}, column 語学要件 (L): "TOIEC 450点以上" is not a language requirement the import can read (did you mean TOEIC?). Examples: TOEIC 450点以上 / TOEFL iBT 61以上 / IELTS 6.0 (各5.5以上) / HSK 4級以上 / CEFR B2 (ドイツ語) / 英語が堪能であること`);
    expect(err).toContain(`row ${ewha}, column 出願締切 (O): there is no date 2/30`);
    expect(err).toContain(`row ${ewha}, column ＧＰＡ (M): GPA 10 is above 4: give the scale (e.g. 10/10以上)`);
    expect(err).toContain('column V "担当者" is not in the layout and is ignored');
    expect(err.at(-1)).toBe('3 problem(s); nothing was written (--partial writes the good rows).');
    expect(out.join('\n')).not.toMatch(/Wrote/);
    expect(readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(knowledgeDir, 'sources'))).toEqual(sourcesBefore);
  });

  it('reads full-width digits, merged cells and variant headers; the diff shows old -> new', async () => {
    const knowledgeDir = copyKnowledge();
    const { path, rowOf } = await messySheet(knowledgeDir);
    const plan = await planPartnerImport(knowledgeDir, path, { asOf: null, partial: false });
    if ('fatal' in plan) throw new Error('unexpected fatal');
    expect(plan.next).toBeNull();
    // The merged region cell gives the second row its region: no problem there.
    expect(plan.problems.map((p) => p.row).sort()).toEqual([rowOf('ewha-womans-university'), rowOf('ewha-womans-university'), rowOf('lund-university')].sort());
    const guangxi = plan.diff.changed.find((c) => c.partner.id === 'guangxi-university')!;
    expect(guangxi.row).toBe(rowOf('guangxi-university'));
    expect(guangxi.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ['language', 'HSK 4級以上', 'HSK 5級以上'],
      ['slots', '5', '3'],
      ['asOf', '2015/11', '2026/11'],
    ]);
    expect(guangxi.partner.source.provenance).toEqual({ file: '協定校一覧2026.xlsx', part: `2026年度, row ${rowOf('guangxi-university')}`, sheet: '2026年度', row: rowOf('guangxi-university') });
    expect(plan.diff.added).toEqual([]);
    expect(plan.diff.removed).toEqual([]);
  });

  it('with --partial writes the good rows and keeps the records of the bad ones unchanged', async () => {
    const knowledgeDir = copyKnowledge();
    const { path } = await messySheet(knowledgeDir);
    const { output, err } = buffers();
    expect(await runPartnerSheet('import', ['partners', path, '--yes', '--partial'], knowledgeDir, output, null)).toBe(0);
    expect(err).toContain('2 row(s) with problems are skipped; their existing records are kept as they are.');
    const { knowledge, problems } = loadKnowledge(knowledgeDir);
    expect(problems).toEqual([]);
    const byId = new Map(knowledge!.partners.partners.map((p) => [p.id, p]));
    expect(byId.get('guangxi-university')!.language.options[0]).toMatchObject({ test: 'HSK', min: 5 });
    expect(byId.get('guangxi-university')!.asOf).toBe('2026-11');
    expect(byId.get('lund-university')!.asOf).toBe('2015-11');
    expect(byId.get('lund-university')!.language.options[0]).toMatchObject({ test: 'IELTS', min: 6.5 });
    expect(knowledge!.partners.partners).toHaveLength(64);
    expect(existsSync(join(knowledgeDir, 'sources', '協定校一覧2026.xlsx'))).toBe(true);
  });
});
