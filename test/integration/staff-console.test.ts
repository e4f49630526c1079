/**
 * The staff console end to end: `desk serve` as a process (Slack over HTTP against the local
 * fake Web API, the console on the same port), staff accounts and `desk cases` through the
 * CLI while it runs, and the pages driven in headless Chromium (Debian's `chromium`).
 * Set CONSOLE_SCREENSHOTS=docs/console to also save the screenshots the docs use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { SIGNING_SECRET, fixture, freePort, postEvent } from '../helpers/slack-requests.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
if (!CHROMIUM)
  console.warn(
    'staff-console: no Chromium at /usr/bin/chromium, so the browser checks are skipped (CI installs it).',
  );
const SHOTS = process.env.CONSOLE_SCREENSHOTS;

const EMAIL = 'sato@example.jp';
const PASSWORD = 'a-long-staff-password';
const QUESTION = 'Can I bring my pet cat to the dormitory during the exchange?';
const REPLY =
  'Pets cannot be brought into the university dormitories; ask your host university about private housing that allows pets.';
const STUDENT_THREAD = '1763800000.000100';

let fake: FakeSlack;
let serveProcess: ChildProcess;
let browser: Browser | null = null;
let base: string;
let port: number;
let env: NodeJS.ProcessEnv;
let stderr = '';

function desk(
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node', ['bin/desk.js', ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => resolve({ code, stdout: out, stderr: err }));
    child.stdin.end(stdin ?? '');
  });
}

async function mention(text: string, ts: string, eventId: string): Promise<void> {
  const body = fixture('app_mention.json', {
    'Which partners accept TOEIC 450?': text,
    '1763800000.000100': ts,
    Ev0MENTION01: eventId,
  });
  expect((await postEvent(port, body)).status).toBe(200);
}

const repliesInStudentThread = () =>
  fake
    .callsTo('chat.postMessage')
    .filter(
      (c) =>
        c.args.channel === 'C0EXCHANGE' &&
        c.args.thread_ts === STUDENT_THREAD &&
        String(c.args.text).includes('Pets cannot be brought'),
    );

async function signIn(page: Page, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/staff/sign-in?lang=en`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  fake = await startFakeSlack();
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const knowledgeDir = join(mkdtempSync(join(tmpdir(), 'desk-console-knowledge-')), 'knowledge');
  cpSync('knowledge', knowledgeDir, { recursive: true });
  env = {
    ...process.env,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-console-')),
    KNOWLEDGE_DIR: knowledgeDir,
    DATABASE_URL: '',
    SLACK_BOT_TOKEN: 'xoxb-console-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_STAFF_CHANNEL: 'C0STAFF',
    SLACK_API_URL: fake.apiUrl,
    DISCORD_TOKEN: '',
    DISCORD_APPLICATION_ID: '',
    STAFF_CONSOLE_URL: '',
    PORT: String(port),
    LOG_LEVEL: 'silent',
  };
  serveProcess = spawn('node', ['bin/desk.js', 'serve'], { env });
  serveProcess.stderr!.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 150_000;
  while (!/Staff console:/.test(stderr) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  expect(stderr).toMatch(/Staff console: http:\/\/localhost:\d+\/staff/);
  const added = await desk(['staff', 'add', EMAIL, '--password-stdin'], `${PASSWORD}\n`);
  expect(added.stdout).toMatch(/sato@example\.jp can sign in/);
  if (CHROMIUM)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (serveProcess && serveProcess.exitCode === null) {
    serveProcess.kill('SIGTERM');
    await new Promise((resolve) => serveProcess.on('exit', resolve));
  }
  await fake?.close();
});

describe('staff console in desk serve', () => {
  it('desk cases list works while desk serve holds the embedded store, times in JST', async () => {
    await mention(QUESTION, STUDENT_THREAD, 'Ev0CONSOLE1');
    await fake.waitFor('chat.postMessage', 2, 30_000); // the answer and the staff card
    const listed = await desk(['cases', 'list']);
    expect(listed.stderr).not.toMatch(/in use by process/);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(
      /EX-0001\s+open\s+-\s+not_found\s+en\s+\d{4}-\d\d-\d\d \d\d:\d\d JST\s+Can I bring my pet cat/,
    );
  });

  it('answers nothing under /staff without a session: pages and assets redirect to sign-in', async () => {
    for (const path of [
      '/staff',
      '/staff/cases/EX-0001',
      '/staff/numbers',
      '/staff/assets/chart.umd.min.js',
      '/staff/drafts',
    ]) {
      const response = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location'), path).toMatch(/^\/staff\/sign-in\?next=/);
    }
    const post = await fetch(`${base}/staff/cases/EX-0001/reply`, {
      method: 'POST',
      body: new URLSearchParams({ text: 'x' }),
      redirect: 'manual',
    });
    expect(post.status).toBe(303);
  });

  it.runIf(Boolean(CHROMIUM))(
    'signs in, opens the case from the Slack event, replies: posted once to the Slack thread',
    async () => {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'ja-JP',
      });
      const page = await context.newPage();
      await page.goto(`${base}/staff/cases/EX-0001`);
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        '職員サインイン',
      );
      await page.getByLabel('メールアドレス').fill(EMAIL);
      await page.getByLabel('パスワード').fill(PASSWORD);
      await page.getByRole('button', { name: 'サインイン' }).click();
      // Back where it was going, in Japanese (the account's default), then switched to English.
      await page.waitForURL(`${base}/staff/cases/EX-0001`);
      await page.getByLabel('言語').selectOption('en');
      await page.getByRole('button', { name: 'OK' }).click();
      await page.waitForURL(`${base}/staff/cases/EX-0001`);
      await page.getByRole('link', { name: 'Inbox' }).click();
      const row = page.getByRole('row', { name: /EX-0001/ });
      await expect(row.textContent()).resolves.toMatch(
        /New.*Not in the sources.*Slack.*Can I bring my pet cat.*JST/s,
      );
      await shoot(page, 'inbox-en');
      await row.getByRole('link', { name: 'EX-0001' }).click();
      await expect(
        page.getByRole('link', { name: 'Open the thread in Slack' }).getAttribute('href'),
      ).resolves.toBe(`https://slack.com/archives/C0EXCHANGE/p${STUDENT_THREAD.replace('.', '')}`);
      await page
        .getByRole('textbox', { name: 'Note', exact: true })
        .fill('Checked the housing rules: no pets anywhere on campus.');
      await page.getByRole('button', { name: 'Add note' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe('Note added.');
      await page.getByLabel('Reply to the student').fill(REPLY);
      const form = {
        csrf: await page.locator('form[data-once] input[name=csrf]').inputValue(),
        nonce: await page.locator('form[data-once] input[name=nonce]').inputValue(),
        text: REPLY,
      };
      await page.getByRole('button', { name: 'Send reply' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toMatch(/queued/);
      const relayed = await (async () => {
        const deadline = Date.now() + 30_000;
        while (repliesInStudentThread().length === 0 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
        return repliesInStudentThread();
      })();
      expect(relayed).toHaveLength(1);
      // Exactly as a reply from the staff card's thread reads: the office's heading, then the text.
      expect(String(relayed[0]!.args.text)).toMatch(
        /^\*Reply from the .*Study Abroad Support Office\* \(EX-0001\)\n/,
      );
      expect(String(relayed[0]!.args.text).endsWith(`\n${REPLY}`)).toBe(true);
      // The same form posted again (a double click, the browser's "resubmit") sends nothing more.
      const again = await page.request.post(`${base}/staff/cases/EX-0001/reply`, {
        form,
        maxRedirects: 0,
      });
      expect(again.status()).toBe(303);
      await new Promise((r) => setTimeout(r, 2500)); // more than the worker's polling interval
      expect(repliesInStudentThread()).toHaveLength(1);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
        /EX-0001\s*Waiting for the student/,
      );
      await shoot(page, 'case-en');

      // A forged CSRF token (the session cookie rides along, as in a cross-site post) is refused.
      const forged = await page.request.post(`${base}/staff/cases/EX-0001/reply`, {
        form: {
          csrf: 'forged-token-0000000000000000000000000000',
          text: 'forged reply',
          nonce: 'forged-nonce-000',
        },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);
      expect(await forged.text()).toMatch(/security token mismatch/);
      const noToken = await page.request.post(`${base}/staff/cases/EX-0001/resolve`, {
        form: { text: 'x' },
        maxRedirects: 0,
      });
      expect(noToken.status()).toBe(403);
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        fake.callsTo('chat.postMessage').some((c) => String(c.args.text).includes('forged reply')),
      ).toBe(false);
      await context.close();
    },
  );

  it.runIf(Boolean(CHROMIUM))(
    'resolves into an FAQ draft; an incomplete draft is refused with the reason; promoted, desk ask answers from it',
    async () => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page);
      await page.goto(`${base}/staff/cases/EX-0001`);
      await page
        .getByRole('button', { name: 'Resolve and turn the answer into an FAQ draft' })
        .click();
      await page.waitForURL(`${base}/staff/drafts/case-ex-0001?m=created`);
      await expect(page.getByLabel('Answer (English)').inputValue()).resolves.toBe(REPLY);
      await page.getByRole('button', { name: 'Promote into the FAQ' }).click();
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(
        /not complete.*question\.ja/s,
      );
      await page
        .getByLabel('Question (Japanese)')
        .fill('交換留学中、寮にペットの猫を連れて行けますか？');
      await page
        .getByLabel('Answer (Japanese)')
        .fill(
          '大学の寮にはペットを連れて行けません。ペット可の民間住宅については留学先の大学に問い合わせてください。',
        );
      await page.getByLabel('Keywords (comma-separated)').fill('pet, cat, dormitory, ペット, 寮');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expect(page.getByRole('status').textContent()).resolves.toBe('Draft saved.');
      await page.getByRole('button', { name: 'Promote into the FAQ' }).click();
      await page.waitForURL(/\/staff\/drafts\?promoted=case-ex-0001/);
      await expect(page.getByRole('status').textContent()).resolves.toMatch(
        /case-ex-0001 is now in faq\.yaml/,
      );
      const asked = await desk(['ask', '--json', QUESTION]);
      const answer = JSON.parse(asked.stdout) as {
        route: string;
        handover: unknown;
        answer: string;
        citations: { id: string }[];
      };
      expect(answer.handover).toBeNull();
      expect(answer.citations.map((c) => c.id)).toContain('faq:case-ex-0001');
      expect(answer.answer).toMatch(/Pets cannot be brought into the university dormitories/);
      await context.close();
    },
  );

  it.runIf(Boolean(CHROMIUM))(
    'shows the numbers with charts, and every page in Japanese',
    async () => {
      await mention('Which partners accept TOEIC 450?', '1763800100.000100', 'Ev0CONSOLE2');
      await mention('ビザの申請について職員と話したいです', '1763800200.000100', 'Ev0CONSOLE3');
      await fake.waitFor('chat.postMessage', 6, 30_000);
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page);
      await page.goto(`${base}/staff/numbers`);
      await expect(
        page.locator('#chart-per-route').evaluate((c) => (c as unknown as { width: number }).width),
      ).resolves.toBeGreaterThan(0);
      const routes = await page
        .getByRole('region', { name: 'Questions by route' })
        .locator('tbody tr')
        .allTextContents();
      expect(routes.join(' ')).toMatch(/Partner table\s*1/);
      await expect(
        page.getByRole('heading', { name: 'Median time to first staff reply' }).isVisible(),
      ).resolves.toBe(true);
      await shoot(page, 'numbers-en');
      await page.getByLabel('Language').selectOption('ja');
      await page.getByRole('button', { name: 'OK' }).click();
      await page.waitForURL(`${base}/staff/numbers`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('数値');
      await shoot(page, 'numbers-ja');
      await page.getByRole('link', { name: '受信箱' }).click();
      await expect(page.getByRole('row', { name: /EX-0002/ }).textContent()).resolves.toMatch(
        /日本時間/,
      );
      await shoot(page, 'inbox-ja');
      await page.getByRole('link', { name: 'EX-0002' }).click();
      await expect(page.getByRole('heading', { level: 2, name: '履歴' }).isVisible()).resolves.toBe(
        true,
      );
      await expect(page.getByRole('button', { name: '担当する' }).isVisible()).resolves.toBe(true);
      await shoot(page, 'case-ja');
      await page.goto(`${base}/staff/gaps`);
      await expect(
        page.getByRole('row', { name: /Can I bring my pet cat/ }).isVisible(),
      ).resolves.toBe(true);
      await context.close();
    },
  );

  it.runIf(Boolean(CHROMIUM))(
    'locks the account after ten wrong passwords, even against the right one',
    async () => {
      const context = await browser!.newContext();
      const page = await context.newPage();
      const messages: string[] = [];
      for (let i = 0; i < 10; i++) {
        await signIn(page, `wrong-password-${i}`);
        messages.push((await page.getByRole('alert').textContent()) ?? '');
      }
      expect(messages.slice(0, 9).every((m) => m === 'Wrong email or password.')).toBe(true);
      expect(messages[9]).toMatch(/locked until \d{4}-\d\d-\d\d \d\d:\d\d JST/);
      await signIn(page, PASSWORD);
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
      await expect(page.getByRole('alert').textContent()).resolves.toMatch(/locked until/);
      await context.close();
    },
  );
});
