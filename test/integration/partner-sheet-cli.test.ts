import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyKnowledge, currentRows, writeSheet, yearlyUpdate } from '../helpers/partner-sheet.ts';

const run = promisify(execFile);

describe('a corrected yearly sheet through the real CLI, then the assistant answers from it', () => {
  it('import shows the diff, writes only with --yes, and `desk ask` answers from the new data and as-of date', async () => {
    const knowledgeDir = copyKnowledge();
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-sheet-data-'));
    const env = {
      ...process.env,
      KNOWLEDGE_DIR: knowledgeDir,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    };
    const desk = (args: string[]) =>
      run('node', ['bin/desk.js', ...args], { env, maxBuffer: 20_000_000 }).catch((error) => error);
    const sheet = join(knowledgeDir, '..', '協定校一覧2026.xlsx');
    await writeSheet(sheet, yearlyUpdate(currentRows(knowledgeDir)), {
      title: '主な交換留学先一覧（2026/11現在）',
    });
    const before = readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8');

    // Without --yes and without a terminal: the diff is shown and nothing is written.
    const review = await desk(['knowledge', 'import', 'partners', sheet]);
    expect(review.code).toBe(3);
    expect(review.stdout).toMatch(/3 added, 1 removed, 5 changed, 58 re-dated only/);
    expect(review.stderr).toMatch(/Nothing was written: pass --yes/);
    expect(readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8')).toBe(before);

    const imported = await desk(['knowledge', 'import', 'partners', sheet, '--yes']);
    expect(imported.stderr ?? '').toBe('');
    expect(imported.stdout).toMatch(
      /\+ 慶北大学校 Kyungpook National University \(kyungpook-national-university\) — row 67/,
    );
    expect(imported.stdout).toMatch(/- タチ大学 TATI University College/);
    expect(imported.stdout).toMatch(/Language requirement: HSK 4級以上 → HSK 5級以上/);
    expect(imported.stdout).toMatch(/Wrote 66 partner\(s\) to .*partners\.yaml \(as of 2026-11\)/);
    const written = parse(readFileSync(join(knowledgeDir, 'partners.yaml'), 'utf8'));
    expect(written.asOf).toBe('2026-11');
    const kyungpook = written.partners.find(
      (p: { id: string }) => p.id === 'kyungpook-national-university',
    );
    expect(kyungpook.source.provenance).toEqual({
      file: '協定校一覧2026.xlsx',
      part: '2026年度, row 67',
      sheet: '2026年度',
      row: 67,
    });
    expect(kyungpook.slots).toBe(3);

    const { stdout } = await desk(['ask', '--json', 'Which partners accept TOEIC 450?']);
    const answer = JSON.parse(stdout);
    expect(answer.route).toBe('partners');
    expect(answer.partners.map((p: { id: string }) => p.id).sort()).toEqual([
      'ho-chi-minh-city-university-of-education',
      'kyungpook-national-university',
      'vilnius-university',
    ]);
    expect(answer.citations[0]).toMatchObject({
      id: 'partners',
      asOf: '2026-11',
      // Students see the sheet's name; the file itself is the office's provenance.
      source: expect.stringMatching(/協定校一覧2026 \(2026年度\)/),
      provenance: expect.stringMatching(/協定校一覧2026\.xlsx/),
    });
    expect(answer.answer).toMatch(/as of 2026\/11/);
    expect(answer.answer).not.toMatch(/2015\/11/);
  });
});
