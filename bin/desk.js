#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step), so `npx desk` works right after `npm install`.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

// Settings may live in ./.env (see .env.example); the real environment wins over the file.
if (existsSync('.env')) process.loadEnvFile('.env');
register();
const { main } = await import('../src/app/main.ts');
process.exitCode = await main(process.argv.slice(2));
