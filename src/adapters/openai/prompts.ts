/** Prompt files (`prompts/*.md`, versioned by name), read once. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The package's prompts/: three folders up from the sources, four from the compiled dist/src/.
const PROMPTS_DIR = [join(import.meta.dirname, '..', '..', '..', 'prompts'), join(import.meta.dirname, '..', '..', '..', '..', 'prompts')].find((dir) => existsSync(join(dir, 'README.md'))) ?? join(import.meta.dirname, '..', '..', '..', 'prompts');
const cache = new Map<string, string>();

export function prompt(name: string, values: Record<string, string> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(PROMPTS_DIR, `${name}.md`), 'utf8');
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
