import { describe, expect, it } from 'vitest';
import { DeskError } from '../domain/errors.ts';
import { explainOperatorError } from './operator-errors.ts';

const embedded = { dataDir: '/srv/desk/data', databaseUrl: null };
const server = {
  dataDir: '/srv/desk/data',
  databaseUrl: 'postgresql://desk:secret@db.example:5433/desk',
};
const sys = (code: string, path?: string, message = code) =>
  Object.assign(new Error(message), { code, ...(path ? { path } : {}) });

describe('explainOperatorError', () => {
  it('names DATA_DIR for a full or foreign folder, whatever file inside it failed', () => {
    expect(explainOperatorError(sys('ENOSPC', '/srv/desk/data/db/base/1'), embedded)).toMatch(
      /^DATA_DIR \(\/srv\/desk\/data\) is full/,
    );
    expect(explainOperatorError(sys('EROFS', '/srv/desk/data/index'), embedded)).toMatch(
      /is read-only/,
    );
    expect(explainOperatorError(sys('ENOTDIR', '/srv/desk/data'), embedded)).toMatch(
      /is not a folder/,
    );
    // PGlite's own wording from inside PostgreSQL, with no path.
    expect(
      explainOperatorError(new Error('could not extend file: No space left on device'), embedded),
    ).toMatch(/is full/);
  });

  it('names DATABASE_URL without its password', () => {
    const refused = explainOperatorError(sys('ECONNREFUSED'), server)!;
    expect(refused).toBe(
      'DATABASE_URL (db.example:5433/desk) does not answer (ECONNREFUSED): start the PostgreSQL server, or correct DATABASE_URL.',
    );
    expect(refused).not.toContain('secret');
    expect(explainOperatorError(sys('28P01'), server)).toMatch(/refused the user name or password/);
    expect(explainOperatorError(sys('3D000'), server)).toMatch(/does not exist: create it/);
    // A wrapped cause is found.
    expect(
      explainOperatorError(new Error('open failed', { cause: sys('ENOTFOUND') }), server),
    ).toMatch(/ENOTFOUND/);
  });

  it('passes DeskError sentences through and leaves bugs unexplained', () => {
    expect(explainOperatorError(new DeskError('STORE_LOCKED', 'In use.'), embedded)).toBe(
      'In use.',
    );
    expect(explainOperatorError(new TypeError('x is undefined'), embedded)).toBeNull();
    expect(explainOperatorError(sys('ENOENT', '/elsewhere/file'), embedded)).toBeNull();
    expect(explainOperatorError(sys('ECONNREFUSED'), embedded)).toBeNull();
  });
});
