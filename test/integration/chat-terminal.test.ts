/**
 * `desk chat` in a real terminal: a pseudo-terminal from util-linux `script`, whose stdin stays
 * open (a terminal never sends end of input by itself), so only `exit` can end the chat. The
 * shell prints a marker with the exit code once `desk` has ended. Also: /more in the chat,
 * `desk ask --full` and `--json`'s additive `more`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';

const run = promisify(execFile);
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((path) => existsSync(path));
if (!SCRIPT)
  console.warn('chat-terminal: no util-linux `script`, so the pseudo-terminal test is skipped.');
const dataDir = mkdtempSync(join(tmpdir(), 'desk-tty-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };

/** Runs `desk chat` on a pseudo-terminal, types each line once the prompt shows, and waits for the exit marker. */
function chatOnTerminal(lines: string[]): Promise<{ output: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      SCRIPT!,
      ['-qfec', 'node bin/desk.js chat; echo "DESK-EXITED:$?"', '/dev/null'],
      {
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let prompts = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`desk chat did not end after "exit":\n${output}`));
    }, 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const shown = output.split('\n> ').length - 1 + (output.startsWith('> ') ? 1 : 0);
      while (prompts < Math.min(shown, lines.length)) child.stdin.write(`${lines[prompts++]}\r`);
      const marker = /DESK-EXITED:(\d+)/.exec(output);
      if (marker) {
        clearTimeout(timer);
        // Only now is the terminal's input closed: the chat ended on "exit", not on end of input.
        child.stdin.end();
        resolve({ output, code: Number(marker[1]) });
      }
    });
    child.on('error', reject);
  });
}

describe('desk chat in a terminal', () => {
  it.runIf(Boolean(SCRIPT))(
    'ends with code 0 on "exit" (and on "/exit") while the terminal stays open; /more shows the rest',
    async () => {
      const first = await chatOnTerminal(['Which partners accept TOEIC 450?', '/more', 'exit']);
      expect(first.code).toBe(0);
      expect(first.output).toMatch(/28 more partners state a requirement in another test/);
      expect(first.output).toMatch(/\/more shows the full answer/);
      // /more: every partner of every group, numbered.
      expect(first.output).toMatch(/Lund University/);
      for (const word of ['/exit']) expect((await chatOnTerminal([word])).code).toBe(0);
    },
    300_000,
  );

  it('desk ask prints the first message within the budget; --full and --json carry the rest', async () => {
    const ask = (args: string[]) =>
      run('node', ['bin/desk.js', 'ask', ...args], { env, maxBuffer: 20_000_000 });
    const question = 'Which partners accept TOEIC 450?';
    const first = (await ask([question])).stdout.trimEnd();
    expect([...first].length).toBeLessThanOrEqual(REPLY_BUDGET.chars);
    expect(first.split('\n').length).toBeLessThanOrEqual(REPLY_BUDGET.lines);
    expect(first).toMatch(/Ho Chi Minh City University of Education/);
    expect(first).toMatch(/desk ask --full/);
    const full = (await ask(['--full', question])).stdout;
    expect(full.match(/^\d+\. /gm)!.length).toBe(1 + 28 + 35);
    const json = JSON.parse((await ask(['--json', question])).stdout);
    expect(json.answer.length).toBeLessThanOrEqual(REPLY_BUDGET.chars);
    expect(json.more).toMatch(/Lund University/);
    expect(json.partners).toHaveLength(1);
    expect(json.related.otherTest).toHaveLength(28);
    expect(json.related.noneStated).toHaveLength(35);
    const short = JSON.parse((await ask(['--json', 'hello'])).stdout);
    expect(short.more).toBeNull();
  }, 120_000);
});
