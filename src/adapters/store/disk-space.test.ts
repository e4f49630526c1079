import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskSpaceProblem } from './disk-space.ts';

describe('diskSpaceProblem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'desk-space-'));
  it('is null while the disk has the room asked for', () => {
    expect(diskSpaceProblem(dir, 0)).toBeNull();
  });
  it('names DATA_DIR once the room asked for is not there', () => {
    expect(diskSpaceProblem(dir, Number.MAX_SAFE_INTEGER)).toBe(
      `DATA_DIR (${dir}) is full: free some space on that disk, or point DATA_DIR at a larger one.`,
    );
  });
  it('does not call a folder it cannot read full', () => {
    expect(diskSpaceProblem(join(dir, 'missing'), Number.MAX_SAFE_INTEGER)).toBeNull();
  });
});
