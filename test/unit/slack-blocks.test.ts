import { describe, expect, it } from 'vitest';
import {
  answerBlocks,
  caseCardBlocks,
  fullAnswerMessages,
} from '../../src/adapters/slack/blocks.ts';
import { escapeMrkdwn, splitText } from '../../src/adapters/slack/mrkdwn.ts';
import type { Answer } from '../../src/domain/types.ts';
import { caseCard } from '../../src/staff/case-card.ts';

const answer = (text: string, partners = 0): Answer => ({
  answerId: 'a-1',
  question: 'q',
  lang: 'en',
  route: 'partners',
  answer: text,
  citations: [
    { id: 'partners', title: 'Main exchange partners', source: '001 — table', asOf: '2015-11' },
  ],
  partners: Array.from({ length: partners }, (_, i) => ({
    id: `p${i}`,
    nameEn: `Partner ${i}`,
    nameJa: `協定校${i}`,
    country: 'X',
    reason: 'TOEIC 450 or above',
  })),
  related: null,
  handover: null,
  confidence: 1,
  latencyMs: 1,
  mode: 'extractive',
  verifier: null,
});

describe('Slack blocks', () => {
  it('stay within 50 blocks and 3,000 characters a text, whatever the answer length', () => {
    const long = 'A very long paragraph. '.repeat(20_000);
    const first = answerBlocks({ ...answer(long.slice(0, 700), 64), more: long });
    expect(first.length).toBeLessThanOrEqual(50);
    expect(first.at(-1)!.type).toBe('actions');
    expect(JSON.stringify(first.at(-1))).toMatch(/show_all/);
    const full = fullAnswerMessages({ ...answer(long.slice(0, 700), 64), more: long });
    expect(full.length).toBeGreaterThan(1);
    for (const message of full) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      for (const block of message.blocks) expect(JSON.stringify(block).length).toBeLessThan(3_500);
    }
    // Nothing of the full text is lost across the messages.
    const sections = full
      .flatMap((m) => m.blocks)
      .filter((b) => b.type === 'section')
      .slice(1)
      .map((b) => (b.text as { text: string }).text)
      .join('');
    expect(sections.replace(/\s/g, '')).toBe(long.replace(/\s/g, ''));
  });

  it('a complete answer has no Show all button', () => {
    expect(JSON.stringify(answerBlocks(answer('Short.')))).not.toMatch(/show_all/);
  });

  it('make student and source text inert: no mentions, no links', () => {
    expect(escapeMrkdwn('<!channel> <@U1> <https://x|y> & co')).toBe(
      '&lt;!channel&gt; &lt;@U1&gt; &lt;https://x|y&gt; &amp; co',
    );
    const card = caseCardBlocks(
      caseCard(
        {
          id: 'EX-0001',
          conversation: 'slack:C1:1.2',
          lang: 'en',
          question: '<!here> *help*',
          recentTurns: [],
          reason: 'wants_person',
          generalRule: null,
          answerId: null,
          status: 'open',
          assignee: null,
          createdAt: '',
          updatedAt: '',
          firstReplyAt: null,
          resolvedAt: null,
          events: [],
        },
        { timeZone: 'Asia/Tokyo', threadLink: null },
      ),
    );
    const text = JSON.stringify(card);
    expect(text).not.toContain('<!here>');
    expect(text).not.toMatch(/[^\u200B]\*help\*/);
  });

  it('split long text at paragraph and line boundaries', () => {
    const pieces = splitText(`${'a'.repeat(10)}\n\n${'b'.repeat(10)}\n${'c'.repeat(25)}`, 12);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
    expect(pieces.join('')).toBe(`${'a'.repeat(10)}${'b'.repeat(10)}${'c'.repeat(25)}`);
  });
});
