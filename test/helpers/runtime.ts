/** One in-memory runtime per test file, on a copy of knowledge/ (no disk index, no keys, no drafts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config.ts';
import { silentLogger } from '../../src/domain/ports.ts';
import { createRuntime, type Runtime, type RuntimeOverrides } from '../../src/app/runtime.ts';
import { testKnowledgeDir } from './knowledge.ts';

let shared: Promise<Runtime> | null = null;

/** A config whose data (index, embedded store) lives in a fresh temporary folder. */
export function testConfig(environment: Record<string, string> = {}) {
  return loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-test-')), KNOWLEDGE_DIR: testKnowledgeDir(), ...environment });
}

export function realRuntime(): Promise<Runtime> {
  shared ??= createRuntime(testConfig(), { inMemoryIndex: true, logger: silentLogger });
  return shared;
}

export function freshRuntime(overrides: RuntimeOverrides = {}): Promise<Runtime> {
  return createRuntime(testConfig(), { inMemoryIndex: true, logger: silentLogger, ...overrides });
}

let counter = 0;
/** A new conversation id per call, so questions do not become follow-ups of each other. */
export function conversation(): string {
  return `test:${process.pid}:${++counter}`;
}
