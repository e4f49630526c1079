/**
 * Where an index build goes, and whether it stays linear: `npx tsx bench/build-profile.ts
 * --factors 10,30,100 [--profile DIR] [--runs 3]`. For each factor it generates that many times
 * the knowledge, loads it (not timed), then times `buildSearchIndex` in memory (wall and CPU,
 * the median of the runs) with each step's time; with `--profile` the last run of each factor
 * is sampled by V8's profiler (node:inspector, in-process) and summarised by self time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/app/config.ts';
import { hashingEmbedding, loadValidKnowledge } from '../src/app/runtime.ts';
import { buildSearchIndex } from '../src/retrieval/search-index.ts';
import { generateKnowledge } from './generate-knowledge.ts';
import { summariseProfiles } from './lib/cpu-profile.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const factors = (option('--factors') ?? '100').split(',').map(Number);
const runs = Number(option('--runs') ?? '1');
const profileDir = option('--profile');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

for (const factor of factors) {
  const knowledgeDir = mkdtempSync(join(tmpdir(), 'desk-build-profile-'));
  try {
    generateKnowledge(resolve('knowledge'), knowledgeDir, factor);
    const config = loadConfig({
      KNOWLEDGE_DIR: knowledgeDir,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-build-profile-data-')),
    });
    const knowledge = await loadValidKnowledge(config);
    const walls: number[] = [];
    const cpus: number[] = [];
    let passages = 0;
    for (let run = 0; run < runs; run++) {
      const profiling = profileDir !== undefined && run === runs - 1;
      const session = profiling ? new Session() : null;
      if (session) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.start');
      }
      const steps: string[] = [];
      const started = performance.now();
      const cpu = process.cpuUsage();
      let last = started;
      const index = await buildSearchIndex(knowledge, hashingEmbedding(), null, (step) => {
        const now = performance.now();
        steps.push(`    +${((now - last) / 1000).toFixed(2)} s before: ${step}`);
        last = now;
      });
      const wall = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      passages = index.passages.length;
      walls.push(wall);
      cpus.push((user + system) / 1000);
      if (session) {
        const { profile } = await session.post('Profiler.stop');
        session.disconnect();
        const folder = join(profileDir!, `${factor}x`);
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'build.cpuprofile'), JSON.stringify(profile));
      }
      console.log(
        `${factor}x run ${run + 1}: ${(wall / 1000).toFixed(2)} s wall, ${(cpus.at(-1)! / 1000).toFixed(2)} s CPU`,
      );
      if (run === runs - 1) console.log(steps.join('\n'));
    }
    const wall = median(walls);
    console.log(
      `${factor}x: ${passages} passages, build ${(wall / 1000).toFixed(2)} s wall / ${(median(cpus) / 1000).toFixed(2)} s CPU (median of ${runs}), ${((1000 * wall) / passages).toFixed(1)} µs a passage`,
    );
    if (profileDir) console.log(summariseProfiles(join(profileDir, `${factor}x`), 15));
  } finally {
    rmSync(knowledgeDir, { recursive: true, force: true });
  }
}
