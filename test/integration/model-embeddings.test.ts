/** With an OpenAI-compatible endpoint configured, the index uses its embeddings; failures degrade. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';
import { silentLogger } from '../../src/domain/ports.ts';
import { createRuntime } from '../../src/app/runtime.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/openai-server.ts';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(() => fake.close());

const modelConfig = (baseUrl: string) =>
  loadConfig({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: baseUrl, OPENAI_EMBEDDING_MODEL: 'fake-embed', MODEL_TIMEOUT_MS: '2000', DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-model-')) });

describe('model embeddings', () => {
  it('builds the index with the endpoint and records which embedding made it', async () => {
    fake.failWith = null;
    fake.calls.length = 0;
    const runtime = await createRuntime(modelConfig(fake.baseUrl), { logger: silentLogger, model: null });
    expect(runtime.index.manifest.embeddingId).toBe(`openai:${fake.baseUrl}:fake-embed`);
    const embeddingCalls = fake.calls.filter((c) => c.path === '/v1/embeddings');
    expect(embeddingCalls.length).toBeGreaterThan(0);
    // @langchain/openai asks for base64 unless told otherwise; the vectors decode to the same index.
    expect(embeddingCalls[0]!.body.encoding_format).toBe('base64');
    const answer = await runtime.assistant.ask({ text: 'How much is the exchange scholarship?', conversation: 'test:model:1' });
    expect(answer.route).toBe('knowledge');
    expect(answer.answer).toMatch(/150,000 yen/);
  });

  it('answers from lexical search when the endpoint fails at question time', async () => {
    fake.failWith = null;
    const runtime = await createRuntime(modelConfig(fake.baseUrl), { inMemoryIndex: true, logger: silentLogger, model: null });
    fake.failWith = 500;
    const answer = await runtime.assistant.ask({ text: '奨学金はいくらもらえますか', conversation: 'test:model:2' });
    fake.failWith = null;
    expect(answer.route).toBe('knowledge');
    expect(answer.answer).toMatch(/15万円/);
  });

  it('falls back to the local embedding when the endpoint cannot build the index', async () => {
    const steps: string[] = [];
    const runtime = await createRuntime(modelConfig('http://127.0.0.1:9/v1'), { inMemoryIndex: true, progress: (step) => steps.push(step), logger: silentLogger, model: null });
    expect(runtime.index.manifest.embeddingId).toBe('hashing-v1-512');
    expect(steps.join('\n')).toMatch(/model embeddings failed/);
    const answer = await runtime.assistant.ask({ text: 'Which partners accept TOEIC 450?', conversation: 'test:model:3' });
    expect(answer.partners.map((p) => p.id)).toEqual(['ho-chi-minh-city-university-of-education']);
  });
});
