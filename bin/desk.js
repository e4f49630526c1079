#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step), so `npx desk` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/channels/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
