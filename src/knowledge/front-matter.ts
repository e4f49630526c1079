import { readYaml } from './read-yaml.ts';

/** Splits a Markdown file into its YAML front matter (unvalidated) and its body. */
export function splitFrontMatter(text: string): { data: unknown; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return null;
  return { data: readYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
}
