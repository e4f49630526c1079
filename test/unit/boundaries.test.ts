import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = /from ['"](@slack\/|discord\.js|openai|@langchain\/|langchain|hnswlib-node|pg|@electric-sql\/|minisearch)/;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

describe('architecture', () => {
  it('src/domain imports no chat SDK, database driver, model client or index library', () => {
    const offenders = filesUnder('src/domain').filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('nothing but src/app/config.ts reads process.env', () => {
    const offenders = filesUnder('src').filter((file) => !file.endsWith('config.ts') && /process\.env/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
