/** The command-line contract (DESIGN.md), through the real `desk` binary in a child process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'desk-cli-'));
const desk = (args: string[]) =>
  run('node', ['bin/desk.js', ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    maxBuffer: 20_000_000,
  });

describe('desk CLI', () => {
  it('ask --json prints one object in the contract shape', async () => {
    const { stdout } = await desk(['ask', '--json', 'Which partners accept TOEIC 450?']);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(
      expect.arrayContaining([
        'question',
        'lang',
        'route',
        'answer',
        'citations',
        'partners',
        'handover',
        'confidence',
        'latencyMs',
      ]),
    );
    expect(answer).toMatchObject({ lang: 'en', route: 'partners', handover: null });
    expect(answer.partners.map((p: { id: string }) => p.id)).toEqual([
      'ho-chi-minh-city-university-of-education',
    ]);
    expect(answer.partners[0]).toEqual(
      expect.objectContaining({
        nameEn: expect.any(String),
        nameJa: expect.any(String),
        country: 'Vietnam',
        reason: expect.any(String),
      }),
    );
    expect(answer.citations[0]).toEqual({
      id: 'partners',
      title: expect.any(String),
      source: expect.stringMatching(/001_/),
      asOf: '2015-11',
    });
  });

  it('ask --json --batch answers every line in order, with its id', async () => {
    const file = join(dataDir, 'batch.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"a","question":"奨学金はいくら？"}',
        '{"id":2,"question":"I want to talk to a person"}',
        '{"id":"c","question":""}',
      ].join('\n'),
    );
    const { stdout } = await desk(['ask', '--json', '--batch', file]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines.map((l) => l.route)).toEqual(['knowledge', 'handover', 'out_of_scope']);
    expect(lines[0].lang).toBe('ja');
  });

  it('knowledge check prints the counts', async () => {
    const { stdout } = await desk(['knowledge', 'check']);
    expect(stdout).toMatch(/partners:\s+64/);
    expect(stdout).toMatch(/guide sections:\s+16 ja, 16 en/);
    expect(stdout).toMatch(/FAQ entries:\s+\d+/);
  });

  it('knowledge check names the file and record of every problem and exits 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'desk-broken-'));
    writeFileSync(
      join(broken, 'partners.yaml'),
      'title: {ja: x, en: x}\nsource: {file: a.txt, part: p}\nasOf: 2015-11\ncaveats: []\npartners:\n  - id: Bad Id\n',
    );
    const result = await run('node', ['bin/desk.js', 'knowledge', 'check'], {
      env: { ...process.env, KNOWLEDGE_DIR: broken },
    }).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/partners\.yaml \[Bad Id\]/);
    expect(result.stderr).toMatch(/faq\.yaml: file is missing/);
  });

  it('knowledge export --json prints every curated record', async () => {
    const { stdout } = await desk(['knowledge', 'export', '--json']);
    const exported = JSON.parse(stdout);
    expect(exported.partners).toHaveLength(64);
    expect(exported.faq.length).toBeGreaterThan(20);
    expect(exported.guide.length).toBe(32);
  });

  it('the index is rebuilt when the knowledge changes and reused when it does not', async () => {
    const { stdout } = await desk(['index']);
    expect(stdout).toMatch(/index built: \d+ passages/);
    const again = await desk(['ask', 'hello']);
    expect(again.stderr).not.toMatch(/rebuilding|writing/);
  });
});

describe('desk handover from the command line', () => {
  const chat = (input: string) =>
    new Promise<string>((resolve, reject) => {
      const child = execFile(
        'node',
        ['bin/desk.js', 'chat'],
        { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
      child.stdin!.end(input);
    });
  const deskLocal = (args: string[]) =>
    run('node', ['bin/desk.js', ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });

  it('ask --json "I want to talk to a person" returns a case that desk cases show prints', async () => {
    const { stdout } = await deskLocal(['ask', '--json', 'I want to talk to a person']);
    const answer = JSON.parse(stdout);
    expect(answer.route).toBe('handover');
    expect(answer.handover.caseId).toMatch(/^EX-\d{4}$/);
    expect(answer.answer).toContain(answer.handover.caseId);
    const shown = await deskLocal(['cases', 'show', answer.handover.caseId]);
    expect(shown.stdout).toMatch(new RegExp(`${answer.handover.caseId} — open`));
    expect(shown.stdout).toMatch(/reason:\s+wants_person/);
  });

  it('a staff reply reaches the student the next time their chat runs; invalid actions change nothing', async () => {
    const first = await chat('職員の方と直接話したいです\nexit\n');
    const caseId = /受付番号 (EX-\d{4})/.exec(first)?.[1];
    expect(caseId).toBeDefined();
    await deskLocal(['cases', 'claim', caseId!, '--as', 'sato']);
    const refused = await deskLocal(['cases', 'resolve', caseId!, '--as', 'tanaka']).catch(
      (error) => error,
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/CASE_CLAIMED_BY_OTHER.*Nothing was changed/);
    await deskLocal([
      'cases',
      'reply',
      caseId!,
      '--as',
      'sato',
      'こんにちは、留学生支援室の佐藤です。',
    ]);
    const second = await chat('exit\n');
    expect(second).toMatch(new RegExp(`留学生支援室より（${caseId}、担当 sato）`));
    expect(second).toMatch(/佐藤です/);
    const third = await chat('exit\n');
    expect(third).not.toMatch(/佐藤です/);
    await deskLocal(['cases', 'resolve', caseId!, '--as', 'sato']);
    const list = await deskLocal(['cases', 'list', '--status', 'resolved']);
    expect(list.stdout).toContain(caseId);
    const stats = JSON.parse((await deskLocal(['stats', '--json'])).stdout);
    expect(stats.handoversByReason.wants_person).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
