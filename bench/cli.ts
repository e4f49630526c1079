/**
 * What a member of staff pays for one `desk` command: CPU time and peak RSS of the `desk` bin
 * as installed (bin/desk.js), against `node -e 0` measured in the same run, interleaved so
 * machine load hits both alike. `npx tsx bench/cli.ts [--pairs 7] [--profile DIR]`.
 * Targets (issue 16): partner question CPU <= 8x node, peak RSS <= 150 MB; handover question
 * on the embedded store <= 300 MB.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureCommand, median, type Usage } from './lib/measure.ts';
import { summariseProfiles } from './lib/cpu-profile.ts';

const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '7' }, profile: { type: 'string' } },
});
const PAIRS = Math.max(5, Number(values.pairs));
const BIN = resolve('bin/desk.js');
const PARTNER_QUESTION = 'Which partners accept TOEIC 450?';
const HANDOVER_QUESTION = 'I want to talk to a person';

const dataDir = mkdtempSync(join(tmpdir(), 'desk-cli-bench-'));
// The default embedded setup: nothing configured but the data directory.
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
};
const desk = (...args: string[]) => measureCommand(process.execPath, [BIN, ...args], env);
const check = (label: string, usage: Usage) => {
  if (usage.code !== 0)
    throw new Error(`${label} exited ${usage.code}: ${usage.stderr.slice(-2000)}`);
  return usage;
};

try {
  check('desk index', await desk('index')); // warm index: the measured runs only read it
  const node: Usage[] = [];
  const ask: Usage[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    node.push(await measureCommand(process.execPath, ['-e', '0'], env));
    const answer = check('desk ask', await desk('ask', '--json', PARTNER_QUESTION));
    if (JSON.parse(answer.stdout).route !== 'partners')
      throw new Error(`expected a partner answer, got ${answer.stdout.slice(0, 200)}`);
    ask.push(answer);
  }
  const nodeCpu = median(node.map((u) => u.cpuMs));
  const askCpu = median(ask.map((u) => u.cpuMs));
  const askRss = Math.max(...ask.map((u) => u.maxRssMb));
  const ratio = askCpu / nodeCpu;
  const handoverNew = check(
    'desk ask (handover, new store)',
    await desk('ask', '--json', HANDOVER_QUESTION),
  );
  const handover = check(
    'desk ask (handover, existing store)',
    await desk('ask', '--json', HANDOVER_QUESTION),
  );
  if (JSON.parse(handover.stdout).route !== 'handover')
    throw new Error(`expected a handover, got ${handover.stdout.slice(0, 200)}`);
  const cases = check('desk cases list', await desk('cases', 'list'));
  const handoverRss = Math.max(handoverNew.maxRssMb, handover.maxRssMb);

  const row = (label: string, u: { cpuMs: number; wallMs: number; maxRssMb: number }) =>
    `${label.padEnd(34)} CPU ${u.cpuMs.toFixed(0).padStart(5)} ms  wall ${u.wallMs.toFixed(0).padStart(5)} ms  peak RSS ${u.maxRssMb.toFixed(0).padStart(4)} MB`;
  console.log(
    row('node -e 0 (median)', {
      cpuMs: nodeCpu,
      wallMs: median(node.map((u) => u.wallMs)),
      maxRssMb: median(node.map((u) => u.maxRssMb)),
    }),
  );
  console.log(
    row(`desk ask partner (median of ${PAIRS})`, {
      cpuMs: askCpu,
      wallMs: median(ask.map((u) => u.wallMs)),
      maxRssMb: askRss,
    }),
  );
  console.log(
    `  CPU ratio desk ask / node -e 0: ${ratio.toFixed(1)}x (pairs: ${ask.map((u, i) => (u.cpuMs / node[i]!.cpuMs).toFixed(1)).join(', ')})`,
  );
  console.log(row('desk ask handover, new store', handoverNew));
  console.log(row('desk ask handover, existing store', handover));
  console.log(row('desk cases list', cases));
  const ok = ratio <= 8 && askRss <= 150 && handoverRss <= 300;
  console.log(
    `${ok ? 'within targets' : 'OVER TARGET'} (partner CPU <= 8x node -e 0, peak RSS <= 150 MB; handover peak RSS <= 300 MB)`,
  );

  if (values.profile) {
    const folder = resolve(values.profile);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    check(
      'desk ask --cpu-prof',
      await measureCommand(
        process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${folder}`, BIN, 'ask', '--json', PARTNER_QUESTION],
        env,
      ),
    );
    console.log(`\nCPU profile of desk ask (partner question) in ${folder}:`);
    console.log(summariseProfiles(folder));
  }
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
