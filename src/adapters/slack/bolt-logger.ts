/**
 * Bolt's and the Socket Mode client's own log lines, through the product's JSON logger instead
 * of their plain-text console: an operator reads one stream, with one format and redaction.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../domain/ports.ts';

const text = (parts: unknown[]) =>
  parts.map((part) => (part instanceof Error ? part.message : String(part))).join(' ');

export function boltLogger(logger: Logger, name = 'slack'): BoltLogger {
  let level: LogLevel = LogLevel.WARN;
  let source = name;
  const at =
    (line: (record: Record<string, unknown>, message?: string) => void) =>
    (...parts: unknown[]) => {
      const error = parts.find((part) => part instanceof Error);
      line({ source, ...(error ? { error } : {}) }, text(parts));
    };
  return {
    debug: at((record, message) => logger.debug(record, message)),
    info: at((record, message) => logger.info(record, message)),
    warn: at((record, message) => logger.warn(record, message)),
    error: at((record, message) => logger.error(record, message)),
    // The product's logger has its own level (LOG_LEVEL); Bolt's is only remembered.
    setLevel: (next) => (level = next),
    getLevel: () => level,
    setName: (next) => (source = next),
  };
}
