/**
 * The one place the environment is read. Parsed once with zod; every error names the
 * variable to set. Adapters receive typed slices of this, never `process.env`.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { DeskError } from '../domain/errors.ts';
import type { OpenAiSettings } from '../adapters/openai/settings.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = optionalText.pipe(
  z.string().url('must be a URL such as http://127.0.0.1:3000/api/').optional(),
);
const positiveInteger = (fallback: number) =>
  optionalText
    .refine((value) => value === undefined || /^\d+$/.test(value), 'must be a whole number')
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .refine((value) => value > 0, 'must be greater than 0');

const Environment = z.object({
  DATA_DIR: optionalText,
  KNOWLEDGE_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_STAFF_CHANNEL: optionalText,
  SLACK_API_URL: optionalUrl,
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_STAFF_CHANNEL_ID: optionalText,
  DISCORD_STAFF_ROLE_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalUrl,
  STAFF_WEBHOOK_URL: optionalUrl,
  STAFF_CONSOLE_URL: optionalUrl,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_CHAT_MODEL: optionalText,
  OPENAI_EMBEDDING_MODEL: optionalText,
  MODEL_TIMEOUT_MS: positiveInteger(20_000),
  STALE_AFTER_DAYS: positiveInteger(365),
  PORT: positiveInteger(3000),
  METRICS_PORT: optionalText
    .refine(
      (value) => value === undefined || (/^\d+$/.test(value) && Number(value) > 0),
      'must be a port number',
    )
    .transform((value) => (value === undefined ? null : Number(value))),
  HOST: optionalText,
  SHUTDOWN_GRACE_MS: positiveInteger(25_000),
  ANSWER_THREADS: optionalText
    .refine((value) => value === undefined || /^[0-4]$/.test(value), 'must be 0 to 4')
    .transform((value) => (value === undefined ? 1 : Number(value))),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Test-only: pause `desk serve` at this fault point so a test can kill it there (issue 15). */
  DESK_TEST_PAUSE_AT: z.string().optional(),
});

export interface Config {
  dataDir: string;
  knowledgeDir: string;
  databaseUrl: string | null;
  /** Staff notifications to a webhook, when no chat channel is used for staff. */
  staffWebhookUrl: string | null;
  /** The staff console's public address (sign-in links; Secure cookies when https). */
  consoleUrl: string | null;
  staleAfterDays: number;
  port: number;
  /** /healthz, /readyz and /metrics on their own port; null: on PORT (beside Slack's HTTP events when they run). */
  metricsPort: number | null;
  /** Interface for the health and metrics server (default all: containers). */
  host: string;
  /** On SIGTERM, how long answers in flight and the current delivery may take before the process exits anyway. */
  shutdownGraceMs: number;
  /**
   * `desk serve`: threads that answer beside the one that acknowledges (default 1); 0 answers
   * in the main thread. Model mode always answers in the main thread.
   */
  answerThreads: number;
  /** Null when unset: servers then log at info, terminal commands at warn. */
  logLevel: NonNullable<z.infer<typeof Environment>['LOG_LEVEL']> | null;
  /** Test-only (DESK_TEST_PAUSE_AT): the fault point where `desk serve` pauses (fault-points.ts). */
  testPauseAt?: string | null;
  slack: {
    botToken: string;
    signingSecret: string | null;
    appToken: string | null;
    staffChannel: string | null;
    apiUrl: string | null;
  } | null;
  discord: {
    token: string;
    applicationId: string;
    staffChannelId: string | null;
    staffRoleId: string | null;
    guildId: string | null;
    apiUrl: string | null;
  } | null;
  model: OpenAiSettings | null;
}

/** Slack needs the bot token plus a way in: a signing secret (HTTP events) or an app-level token (Socket Mode). */
function slackSettings(env: {
  SLACK_BOT_TOKEN?: string;
  SLACK_SIGNING_SECRET?: string;
  SLACK_APP_TOKEN?: string;
}): boolean {
  const wayIn = env.SLACK_SIGNING_SECRET !== undefined || env.SLACK_APP_TOKEN !== undefined;
  if (env.SLACK_BOT_TOKEN === undefined && wayIn)
    throw new DeskError(
      'CONFIG_INVALID',
      'Slack: set SLACK_BOT_TOKEN as well (you set ' +
        ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']
          .filter((n) => env[n as keyof typeof env] !== undefined)
          .join(', ') +
        ').',
    );
  if (env.SLACK_BOT_TOKEN !== undefined && !wayIn)
    throw new DeskError(
      'CONFIG_INVALID',
      'Slack: set SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode) as well (you set SLACK_BOT_TOKEN).',
    );
  return env.SLACK_BOT_TOKEN !== undefined;
}

/** Parses an environment (default: `process.env`) into the product's one config object. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
    throw new DeskError('CONFIG_INVALID', `Invalid settings:\n  ${lines.join('\n  ')}`);
  }
  const env = parsed.data;
  const requireTogether = (names: (keyof typeof env)[], purpose: string) => {
    const set = names.filter((name) => env[name] !== undefined);
    if (set.length > 0 && set.length < names.length) {
      const missing = names.filter((name) => env[name] === undefined);
      throw new DeskError(
        'CONFIG_INVALID',
        `${purpose}: set ${missing.join(' and ')} as well (you set ${set.join(', ')}).`,
      );
    }
    return set.length === names.length;
  };
  const slackOn = slackSettings(env);
  const discordOn = requireTogether(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'], 'Discord');
  return {
    dataDir: resolve(env.DATA_DIR ?? './data'),
    knowledgeDir: resolve(env.KNOWLEDGE_DIR ?? './knowledge'),
    databaseUrl: env.DATABASE_URL ?? null,
    staffWebhookUrl: env.STAFF_WEBHOOK_URL ?? null,
    consoleUrl: env.STAFF_CONSOLE_URL?.replace(/\/+$/, '') ?? null,
    staleAfterDays: env.STALE_AFTER_DAYS,
    port: env.PORT,
    metricsPort: env.METRICS_PORT,
    host: env.HOST ?? '0.0.0.0',
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    answerThreads: env.ANSWER_THREADS,
    logLevel: env.LOG_LEVEL ?? null,
    testPauseAt: env.DESK_TEST_PAUSE_AT || null,
    slack: slackOn
      ? {
          botToken: env.SLACK_BOT_TOKEN!,
          signingSecret: env.SLACK_SIGNING_SECRET ?? null,
          appToken: env.SLACK_APP_TOKEN ?? null,
          staffChannel: env.SLACK_STAFF_CHANNEL ?? null,
          apiUrl: env.SLACK_API_URL ?? null,
        }
      : null,
    discord: discordOn
      ? {
          token: env.DISCORD_TOKEN!,
          applicationId: env.DISCORD_APPLICATION_ID!,
          staffChannelId: env.DISCORD_STAFF_CHANNEL_ID ?? null,
          staffRoleId: env.DISCORD_STAFF_ROLE_ID ?? null,
          guildId: env.DISCORD_GUILD_ID ?? null,
          apiUrl: env.DISCORD_API_URL ?? null,
        }
      : null,
    model: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseUrl: env.OPENAI_BASE_URL ?? null,
          chatModel: env.OPENAI_CHAT_MODEL ?? 'gpt-4o-mini',
          embeddingModel: env.OPENAI_EMBEDDING_MODEL ?? 'text-embedding-3-small',
          timeoutMs: env.MODEL_TIMEOUT_MS,
        }
      : null,
  };
}
