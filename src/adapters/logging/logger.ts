/**
 * Structured logs (pino) with personal data redacted at the logger itself, so no call site
 * can forget: every string in a log record passes `redactPersonalData`.
 */
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { Logger } from '../../domain/ports.ts';
import { redactPersonalData } from '../../text/privacy.ts';

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error)
    return { name: value.name, message: redactPersonalData(value.message), code: (value as { code?: unknown }).code, ...(value.cause === undefined ? {} : { cause: redactDeep(value.cause, depth + 1) }) };
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, depth + 1)]));
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const logger: PinoLogger = pino(
    {
      level,
      base: { service: 'exchange-desk' },
      formatters: { log: (record) => redactDeep(record) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => redactDeep(arg)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination(2),
  );
  return logger as unknown as Logger;
}
