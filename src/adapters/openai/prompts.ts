/** Prompt files (`prompts/*.md`, versioned by name), read once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const PROMPTS_DIR = join(import.meta.dirname, '..', '..', '..', 'prompts');
const cache = new Map<string, string>();

export function prompt(name: string, values: Record<string, string> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(PROMPTS_DIR, `${name}.md`), 'utf8');
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
