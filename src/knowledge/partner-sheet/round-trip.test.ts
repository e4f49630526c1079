import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKnowledge } from '../../../test/helpers/partner-sheet.ts';
import { runPartnerSheet } from '../../adapters/cli/partner-sheet-command.ts';

const buffers = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { output: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
};

describe('export, then import the unchanged sheet', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: reports "no changes" and writes nothing`, async () => {
      const knowledgeDir = copyKnowledge();
      const partnersBefore = readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8');
      const sourcesBefore = readdirSync(join(knowledgeDir, 'sources'));
      const file = join(knowledgeDir, '..', `partners.${format}`);
      const exported = buffers();
      expect(await runPartnerSheet('export', ['partners', `--${format}`, file], knowledgeDir, exported.output, null)).toBe(0);
      expect(exported.out).toEqual([`Exported 64 partner(s) to ${file}.`]);
      const imported = buffers();
      // No --yes and no terminal: had anything changed, this would stop at the confirmation.
      expect(await runPartnerSheet('import', ['partners', file], knowledgeDir, imported.output, null)).toBe(0);
      expect(imported.err).toEqual([]);
      expect(imported.out).toEqual([`partners.${format} (sheet ${format === 'csv' ? 'CSV' : '協定校一覧'}): 64 row(s) read`, `partners.${format}: no changes. Nothing was written.`]);
      expect(readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8')).toBe(partnersBefore);
      expect(readdirSync(join(knowledgeDir, 'sources'))).toEqual(sourcesBefore);
    });
  }

  it('the template has the layout and no rows; importing it says so', async () => {
    const knowledgeDir = copyKnowledge();
    const file = join(knowledgeDir, '..', 'template.xlsx');
    const { output, out } = buffers();
    expect(await runPartnerSheet('template', ['partners', file], knowledgeDir, output, null)).toBe(0);
    expect(out).toEqual([`Wrote the template to ${file}.`]);
    const imported = buffers();
    expect(await runPartnerSheet('import', ['partners', file], knowledgeDir, imported.output, null)).toBe(1);
    expect(imported.err).toEqual(['the sheet has no data rows']);
  });

  it('a declined confirmation writes nothing', async () => {
    const knowledgeDir = copyKnowledge();
    const file = join(knowledgeDir, '..', 'partners.csv');
    await runPartnerSheet('export', ['partners', '--csv', file], knowledgeDir, buffers().output, null);
    const text = readFileSync(file, 'utf8').replace('HSK 4級以上', 'HSK 5級以上');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, text);
    const before = readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8');
    const asked: string[] = [];
    const { output, out, err } = buffers();
    const code = await runPartnerSheet('import', ['partners', file], knowledgeDir, output, async (question) => {
      asked.push(question);
      return false;
    });
    expect(code).toBe(3);
    expect(asked).toEqual(['Write these changes to knowledge/partners.yaml? [y/N] ']);
    expect(out.join('\n')).toMatch(/Language requirement: HSK 4級以上 → HSK 5級以上/);
    expect(err).toEqual(['Cancelled; nothing was written.']);
    expect(readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8')).toBe(before);
  });
});
