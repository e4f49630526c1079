/**
 * The drafts of one message's questions: joined into one numbered reply, and kept as
 * conversation turns so the next question can follow up on them.
 */
import type { Lang, Turn } from '../domain/types.ts';
import { storedPartnerTurn } from '../partners/intent.ts';
import type { Draft } from './routes/context.ts';

/** Several questions in one message: one reply, each answer numbered, every citation kept. */
export function combineDrafts(drafts: Draft[], lang: Lang): Draft {
  if (drafts.length === 1) return drafts[0]!;
  const first = drafts[0]!;
  const handedOver = drafts.find((d) => d.route === 'handover');
  const citations = drafts
    .flatMap((d) => d.citations)
    .filter((c, i, all) => all.findIndex((o) => o.id === c.id) === i);
  // Each answer numbers its own sources from [1]; in the joined reply a marker points into the
  // joined list, so part 2's [1] becomes the [2] it is there.
  const renumber = (draft: Draft, text: string) =>
    text.replace(/\[(\d+)\]/g, (marker, n: string) => {
      const cited = draft.citations[Number(n) - 1];
      const at = cited ? citations.findIndex((c) => c.id === cited.id) : -1;
      return at === -1 ? marker : `[${at + 1}]`;
    });
  return {
    ...first,
    lang,
    route:
      handedOver && first.route !== 'partners' && first.route !== 'knowledge'
        ? 'handover'
        : first.route,
    answer: drafts.map((d, index) => `${index + 1}) ${renumber(d, d.answer)}`).join('\n\n'),
    more: drafts.some((d) => d.more)
      ? drafts.map((d, index) => `${index + 1}) ${renumber(d, d.more ?? d.answer)}`).join('\n\n')
      : null,
    citations,
    handover: handedOver?.handover ?? null,
    confidence: Math.min(...drafts.map((d) => d.confidence)),
  };
}

/** A question and its answer as conversation turns; the partner query travels with the answer. */
export function exchangeTurns(text: string, draft: Draft, at: string): Turn[] {
  return [
    { role: 'student', text, at },
    {
      role: 'assistant',
      text: draft.answer,
      at,
      ...(draft.partnerQuery
        ? { partnerQuery: storedPartnerTurn(draft.partnerQuery, draft.resultNames ?? []) }
        : {}),
    },
  ];
}
