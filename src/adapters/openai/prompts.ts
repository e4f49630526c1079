/** Prompt files (`prompts/*.md`, versioned by name), read once. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's prompts/ folder, found upwards from here (src/... when run from source, dist/src/... when built). */
function promptsDir(): string {
  let directory = import.meta.dirname;
  while (!existsSync(join(directory, 'prompts')) && dirname(directory) !== directory) directory = dirname(directory);
  return join(directory, 'prompts');
}

const PROMPTS_DIR = promptsDir();
const cache = new Map<string, string>();

export function prompt(name: string, values: Record<string, string> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(PROMPTS_DIR, `${name}.md`), 'utf8');
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}
