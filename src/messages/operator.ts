/**
 * What the operator reads when a setting stops the desk: one sentence naming the setting and
 * what to do. English only, like every other operator-facing line (configuration errors, the
 * logs, /readyz); students and staff never see these.
 */
export const operatorMessages = {
  dataDirReadOnly: (dir: string) =>
    `DATA_DIR (${dir}) is read-only: point DATA_DIR at a writable folder, or mount it read-write.`,
  dataDirFull: (dir: string) =>
    `DATA_DIR (${dir}) is full: free some space on that disk, or point DATA_DIR at a larger one.`,
  dataDirNotWritable: (dir: string) =>
    `DATA_DIR (${dir}) is not writable by this user: fix its owner or permissions, or point DATA_DIR at a folder this user can write.`,
  dataDirMissing: (dir: string) =>
    `DATA_DIR (${dir}) does not exist and cannot be created: create it, or point DATA_DIR at an existing folder.`,
  dataDirNotFolder: (dir: string) =>
    `DATA_DIR (${dir}) is not a folder: point DATA_DIR at a folder.`,
  databaseUnreachable: (where: string, why: string) =>
    `DATABASE_URL (${where}) does not answer (${why}): start the PostgreSQL server, or correct DATABASE_URL.`,
  databaseRefusedLogin: (where: string) =>
    `DATABASE_URL (${where}) refused the user name or password: correct them in DATABASE_URL.`,
  databaseMissing: (where: string) =>
    `The database named in DATABASE_URL (${where}) does not exist: create it (createdb), or correct DATABASE_URL.`,
  databaseUrlInvalid: () =>
    'DATABASE_URL is not a PostgreSQL address: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or unset it for the embedded store.',
  indexNotSaved: 'the search index was built in memory and not saved',
  caseNotOpened: "the student got the office's contact details instead of a case number",
  /** The sentence, then what this run did instead: "… This run: a; b." */
  workedAround: (sentence: string, done: string[]) =>
    done.length > 0 ? `${sentence} This run: ${done.join('; ')}.` : sentence,
};
