import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

/** Per-folder import rules are in src/<folder>/boundary.test.ts; this is the one rule across folders. */
describe('architecture', () => {
  it('nothing but src/app/config.ts reads process.env', () => {
    const offenders = filesUnder('src').filter((file) => !file.endsWith('config.ts') && /process\.env/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
