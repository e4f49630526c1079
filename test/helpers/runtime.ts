/** One in-memory runtime per test file, on the real knowledge/ (no disk index, no keys). */
import { loadConfig } from '../../src/config.ts';
import { createRuntime, type Runtime, type RuntimeOverrides } from '../../src/runtime.ts';

let shared: Promise<Runtime> | null = null;

export function realRuntime(): Promise<Runtime> {
  shared ??= createRuntime(loadConfig({}), { inMemoryIndex: true });
  return shared;
}

export function freshRuntime(overrides: RuntimeOverrides = {}): Promise<Runtime> {
  return createRuntime(loadConfig({}), { inMemoryIndex: true, ...overrides });
}

let counter = 0;
/** A new conversation id per call, so questions do not become follow-ups of each other. */
export function conversation(): string {
  return `test:${process.pid}:${++counter}`;
}
