/** `npm run build` compiles to JavaScript that runs: the built `desk ask --json` answers in the contract shape. */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Inside the project, so the built files resolve node_modules; never the real dist/.
const outDir = join('node_modules', '.cache', `desk-build-test-${process.pid}`);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run build', () => {
  it('compiles src/ with tsconfig.build.json, and the built main.js runs desk ask', async () => {
    await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir]);
    const { stdout } = await run('node', [join(outDir, 'src', 'app', 'main.js'), 'ask', '--json', 'What does Lund require?'], {
      env: { ...process.env, DATA_DIR: join(outDir, 'data'), DATABASE_URL: '' },
    });
    const answer = JSON.parse(stdout) as { route: string; lang: string; partners: { id: string }[] };
    expect(answer).toMatchObject({ route: 'partners', lang: 'en' });
    expect(answer.partners.map((p) => p.id)).toContain('lund-university');
  });
});
