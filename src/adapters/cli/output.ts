/** Where a command writes. Tests pass buffers; the real CLI passes the process streams. */
export interface CommandOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
