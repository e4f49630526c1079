/** Per-question latency at 100x knowledge, to find the slow path: `npx tsx bench/profile.ts`. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/app/config.ts';
import { silentLogger } from '../src/domain/ports.ts';
import { createRuntime } from '../src/app/runtime.ts';
import { generateKnowledge } from './generate-knowledge.ts';
import { BENCH_QUESTIONS } from './questions.ts';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
generateKnowledge(resolve('knowledge'), dir, 100);
const t0 = performance.now();
const rt = await createRuntime(loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: mkdtempSync(join(tmpdir(), 'prof-data-')) }), { inMemoryIndex: true, logger: silentLogger });
console.log('build', (performance.now() - t0).toFixed(0));
for (const q of BENCH_QUESTIONS) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) { const s = performance.now(); await rt.assistant.ask({ text: q, conversation: 'p' + i + q }); times.push(performance.now() - s); }
  const s2 = performance.now(); await rt.index.retriever.retrieve(q, /[\u3040-\u9fff]/.test(q) ? 'ja' : 'en', 5); const r = performance.now() - s2;
  console.log(Math.max(...times.slice(1)).toFixed(1).padStart(7), 'retrieve', r.toFixed(1).padStart(6), q);
}
