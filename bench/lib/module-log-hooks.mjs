// Loader hooks for module-log.mjs: runs in the loader thread, appends each loaded URL.
import { appendFileSync } from 'node:fs';
let file = null;
export function initialize(data) {
  file = data.file;
}
export async function load(url, context, next) {
  if (file) appendFileSync(file, `${url}\n`);
  return next(url, context);
}
