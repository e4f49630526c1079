/**
 * The last partner question of a conversation, for follow-ups ("what about IELTS?"), with the
 * names of the partners it matched, so "and its deadline?" after a list can ask which one.
 */
import { z } from 'zod';
import type { Turn } from '../domain/types.ts';
import { PartnerQuery } from './query.ts';

const StoredPartnerTurn = z.object({
  query: PartnerQuery,
  resultNames: z.array(z.string()).default([]),
});

export interface PartnerTurn {
  query: PartnerQuery;
  resultNames: string[];
}

/** What an assistant turn keeps of its partner answer. */
export function storedPartnerTurn(query: PartnerQuery, resultNames: string[]): PartnerTurn {
  return { query, resultNames };
}

export function lastPartnerTurn(history: Turn[]): PartnerTurn | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== 'assistant') continue;
    const stored = StoredPartnerTurn.safeParse(turn.partnerQuery);
    if (stored.success) return stored.data;
    // Turns stored before the result names were kept.
    const legacy = PartnerQuery.safeParse(turn.partnerQuery);
    return legacy.success ? { query: legacy.data, resultNames: [] } : null;
  }
  return null;
}
