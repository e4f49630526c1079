/**
 * `npm run bench`: question latency (p50/p95), index build time and peak memory, in-process,
 * on the real knowledge and on a generated knowledge base 100 times larger.
 * Targets (issue 4): p95 <= 20 ms real, <= 100 ms at 100x; index build <= 5 s real.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/app/config.ts';
import { silentLogger } from '../src/domain/ports.ts';
import { createRuntime } from '../src/app/runtime.ts';
import { generateKnowledge } from './generate-knowledge.ts';
import { BENCH_QUESTIONS } from './questions.ts';

const ROUNDS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(label: string, knowledgeDir: string, targets: { p95: number; build?: number }) {
  const config = loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-bench-data-')) });
  const buildStarted = performance.now();
  const runtime = await createRuntime(config, { inMemoryIndex: true, logger: silentLogger });
  const buildMs = performance.now() - buildStarted;
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, question] of BENCH_QUESTIONS.entries()) {
      const started = performance.now();
      await runtime.assistant.ask({ text: question, conversation: `bench:${round}:${index}` });
      latencies.push(performance.now() - started);
    }
  }
  latencies.sort((a, b) => a - b);
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const ok = p95 <= targets.p95 && (targets.build === undefined || buildMs <= targets.build);
  console.log(
    `${label.padEnd(10)} partners ${String(runtime.knowledge.partners.partners.length).padStart(5)}  passages ${String(runtime.index.passages.length).padStart(6)}  ` +
      `load+index ${(buildMs / 1000).toFixed(2)} s  p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  (n=${latencies.length})  peak RSS ${rssMb.toFixed(0)} MB  ` +
      `${ok ? 'within targets' : 'OVER TARGET'} (p95 <= ${targets.p95} ms${targets.build ? `, build <= ${targets.build / 1000} s` : ''})`,
  );
  await runtime.close();
  return ok;
}

const real = resolve('knowledge');
const large = mkdtempSync(join(tmpdir(), 'desk-bench-'));
try {
  const realOk = await measure('real', real, { p95: 20, build: 5000 });
  generateKnowledge(real, large, 100);
  const largeOk = await measure('100x', large, { p95: 100 });
  process.exitCode = realOk && largeOk ? 0 : 1;
} finally {
  rmSync(large, { recursive: true, force: true });
}
