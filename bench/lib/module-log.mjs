/* global process, URL */
// Preloaded with --import: logs every module URL this process loads to $DESK_MODULE_LOG,
// so a benchmark can say which packages a command pulled in.
import { register } from 'node:module';
if (process.env.DESK_MODULE_LOG)
  register(new URL('./module-log-hooks.mjs', import.meta.url), {
    data: { file: process.env.DESK_MODULE_LOG },
  });
