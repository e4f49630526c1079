/**
 * Model mode over the eval set with the local fake OpenAI server: model calls per answer, the
 * share of model answers the verifier passed, and the time verification adds.
 * `npx tsx bench/model.ts`. The fake "model" quotes the first sentence of passage 1.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCases, questionsOf } from '../evals/runner/cases.ts';
import { runEval } from '../evals/runner/run.ts';
import { verifyGenerated } from '../src/compose/verify.ts';
import { loadConfig } from '../src/app/config.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { startFakeOpenAi } from '../test/fakes/openai-server.ts';

const fake = await startFakeOpenAi();
const EMPTY_QUERY = { test: null, gpa: null, regions: [], countries: [], faculty: null, level: null, startMonth: null, deadlineMonth: null, tuitionWaived: null, minSlots: null, partnerIds: [], noLanguageRequirement: false, fields: [], year: null };
fake.chat = (body) => {
  const prompt = body.messages.map((m) => m.content).join('\n');
  if (/search query/.test(prompt)) return { content: JSON.stringify(EMPTY_QUERY) };
  const first = /<passage number="1"[^>]*>\n([\s\S]*?)\n<\/passage>/.exec(prompt)?.[1] ?? '';
  const sentence = first.split(/(?<=[。.!?])\s*/)[0] ?? first;
  return { content: JSON.stringify({ answer: `${sentence} [1]`, citations: [1], answerable: true }) };
};
const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-model-bench-')), OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: fake.baseUrl, OPENAI_CHAT_MODEL: 'fake-chat', OPENAI_EMBEDDING_MODEL: 'fake-embed' });
const cases = loadCases('evals/cases');
const report = await runEval(config, cases);
const questions = cases.reduce((n, c) => n + questionsOf(c).length, 0);
const modelAnswers = report.results.filter((r) => r.answer && r.kind === 'guide_fact');
const chatCalls = fake.chatCalls();
console.log(`model mode over ${cases.length} eval cases (${questions} questions): ${chatCalls} chat calls = ${(chatCalls / questions).toFixed(2)} per question; pass rate ${(report.scores.overall.passRate * 100).toFixed(1)} %, fabricated ${report.scores.overall.fabricatedAnswers}; guide answers ${modelAnswers.length}`);

// Verification cost, measured on its own.
const partners = loadKnowledge('knowledge').knowledge!.partners.partners;
const passages = [{ number: 1, id: 'p', title: 'Scholarship', text: 'The scholarship pays 150,000 yen and up to 20 students a year receive it.' }];
const started = performance.now();
const rounds = 2000;
for (let i = 0; i < rounds; i++) verifyGenerated({ answer: 'The scholarship pays 150,000 yen to up to 20 students [1].', citations: [1], answerable: true }, passages, 'How much is the scholarship?', 'en', partners);
console.log(`verification: ${(((performance.now() - started) / rounds) * 1000).toFixed(0)} µs per answer (64 partner names checked)`);
await fake.close();
