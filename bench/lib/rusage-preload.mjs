/* global process */
// Preloaded with --import when /usr/bin/time is missing: writes this process's rusage at exit.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.DESK_USAGE_FILE)
    writeFileSync(process.env.DESK_USAGE_FILE, JSON.stringify(process.resourceUsage()));
});
