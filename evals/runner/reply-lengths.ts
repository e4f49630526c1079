/**
 * The first message a student reads, in each channel's rendering (the plain `answer`, Slack's
 * blocks, Discord's embeds, the terminal), measured against the reply budget.
 */
import { answerMessages, embedText } from '../../src/adapters/discord/embeds.ts';
import { renderAnswer } from '../../src/adapters/cli/render.ts';
import { answerBlocks, blockText } from '../../src/adapters/slack/blocks.ts';
import { measureReply, type Budget } from '../../src/compose/reply-budget.ts';
import type { Answer } from '../../src/domain/types.ts';
import { messagesFor } from '../../src/messages/index.ts';

export const CHANNELS = ['plain', 'slack', 'discord', 'terminal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The text of each channel's first message; Discord's is one message (the buttons are on it). */
export function firstMessageTexts(answer: Answer): Record<Channel, string> {
  const discord = answerMessages(answer);
  return {
    plain: answer.answer,
    slack: blockText(answerBlocks(answer)),
    discord: discord.length === 1 ? embedText(discord[0]!) : discord.map(embedText).join('\n'),
    terminal: renderAnswer(answer, messagesFor(answer.lang).reply.terminalMoreHint),
  };
}

export function measureFirstMessages(answer: Answer): Record<Channel, Budget> {
  const texts = firstMessageTexts(answer);
  return Object.fromEntries(CHANNELS.map((c) => [c, measureReply(texts[c])])) as Record<
    Channel,
    Budget
  >;
}

export interface LengthStats {
  chars: { p50: number; p95: number; max: number };
  lines: { p50: number; p95: number; max: number };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const spread = (values: number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : 0,
});

export function lengthStats(measures: Record<Channel, Budget>[]): Record<Channel, LengthStats> {
  return Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      {
        chars: spread(measures.map((m) => m[c].chars)),
        lines: spread(measures.map((m) => m[c].lines)),
      },
    ]),
  ) as Record<Channel, LengthStats>;
}

/** The share of expected facts the first message carries on its own (the rest are behind Show all). */
export function firstMessageFactShare(
  facts: ({ total: number; inFirstMessage: number } | null)[],
): number | null {
  const known = facts.filter((f): f is { total: number; inFirstMessage: number } => f !== null);
  if (known.length === 0) return null;
  const shares = known.map((f) => f.inFirstMessage / f.total);
  return Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 1000) / 1000;
}

/** The report's lines: p50 / p95 / max characters and lines per channel. */
export function lengthTable(
  stats: Record<Channel, LengthStats>,
  budget: Budget,
  factShare: number | null = null,
): string {
  const rows = CHANNELS.map((c) => {
    const { chars, lines } = stats[c];
    return `  ${c.padEnd(9)}       ${String(chars.p50).padStart(3)} ${String(chars.p95).padStart(5)} ${String(chars.max).padStart(5)}   ${String(lines.p50).padStart(3)} ${String(lines.p95).padStart(3)} ${String(lines.max).padStart(3)}`;
  });
  return [
    `first message (budget ${budget.chars} characters, ${budget.lines} lines):`,
    `  channel   chars p50   p95   max   lines p50 p95 max`,
    ...rows,
    ...(factShare !== null
      ? [`  expected facts in the first message itself: ${(factShare * 100).toFixed(1)}%`]
      : []),
  ].join('\n');
}
