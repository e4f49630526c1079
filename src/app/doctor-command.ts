/**
 * `desk doctor`: checks the configuration and every endpoint it names with one small request
 * each, and says what is wrong in a sentence.
 */
import { checkDiscord } from '../adapters/discord/doctor.ts';
import { checkModelEndpoint } from '../adapters/openai/doctor.ts';
import { checkSlack } from '../adapters/slack/doctor.ts';
import type { Config } from './config.ts';
import { openCaseStore } from '../adapters/store/open-store.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';

type Check = { name: string; run: () => Promise<string> };

function explain(error: unknown): string {
  const status = (error as { status?: number }).status;
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  if (status === 401 || status === 403) return `the endpoint refused the key (HTTP ${status}); check the key or token`;
  if (status === 404) return 'the endpoint answered 404; check the base URL (it usually ends in /v1)';
  if (code === 'ECONNREFUSED' || (error as Error).name === 'APIConnectionError' || /connection error|fetch failed/i.test((error as Error).message ?? ''))
    return 'nothing answers at that address; is the server running, and is the base URL right?';
  if ((error as Error).name === 'APIConnectionTimeoutError') return 'the endpoint did not answer within MODEL_TIMEOUT_MS';
  return (error as Error).message ?? String(error);
}

export async function runDoctor(config: Config, output: CommandOutput): Promise<number> {
  const checks: Check[] = [
    {
      name: 'settings',
      run: async () =>
        `ok (${[config.slack ? 'Slack' : null, config.discord ? 'Discord' : null, config.model ? `model ${config.model.chatModel}` : 'no model (extractive answers)', config.databaseUrl ? 'PostgreSQL' : 'embedded store'].filter(Boolean).join(', ')})`,
    },
    {
      name: 'knowledge',
      run: async () => {
        const { knowledge, problems } = loadKnowledge(config.knowledgeDir);
        if (!knowledge) throw new Error(`${problems.length} problem(s) in ${config.knowledgeDir}; run \`npx desk knowledge check\``);
        return `ok (${knowledge.partners.partners.length} partners, ${knowledge.guide.length} guide files, ${knowledge.faq.length} FAQ entries)`;
      },
    },
    {
      name: 'case store',
      run: async () => {
        const store = await openCaseStore(config);
        await store.listCases({ limit: 1 });
        await store.close();
        return `ok (${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded in ${config.dataDir}`})`;
      },
    },
  ];
  const { model, slack, discord } = config;
  if (model) checks.push({ name: 'model endpoint', run: () => checkModelEndpoint(model) });
  // Every configured channel, each with one small request.
  if (slack) checks.push({ name: 'Slack', run: () => checkSlack(slack) });
  if (discord) checks.push({ name: 'Discord', run: () => checkDiscord(discord) });
  let failed = 0;
  for (const check of checks) {
    try {
      output.out(`✔ ${check.name}: ${await check.run()}`);
    } catch (error) {
      failed++;
      output.out(`✘ ${check.name}: ${explain(error)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}
