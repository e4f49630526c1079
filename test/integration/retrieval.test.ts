/** Hybrid retrieval on the real knowledge: each question must find its section in the top 3. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENCE_THRESHOLD } from '../../src/assistant/assistant.ts';
import { realRuntime } from '../helpers/runtime.ts';

const CASES: [string, 'ja' | 'en', string][] = [
  ['How much is the exchange scholarship?', 'en', 'scholarship'],
  ['奨学金はいくらもらえますか', 'ja', 'scholarship'],
  ['How many students get the scholarship each year?', 'en', 'scholarship'],
  ['How many credits can be transferred?', 'en', 'credits-and-graduation'],
  ['単位互換は何単位まで認められますか', 'ja', 'credits-and-graduation'],
  ['Can I graduate in four years if I go on exchange?', 'en', 'credits-and-graduation'],
  ['留学生支援室の窓口時間は？', 'ja', 'support-office'],
  ['What is the email address of the office?', 'en', 'support-office'],
  ['When do I have to submit the report after coming back?', 'en', 'after-return'],
  ['帰国後の報告書はいつまでに出しますか', 'ja', 'after-return'],
  ['How often do I send a safety report while abroad?', 'en', 'safety-abroad'],
  ['安否確認の報告はどのくらいの頻度ですか', 'ja', 'safety-abroad'],
  ['How much does IELTS cost?', 'en', 'english-tests'],
  ['TOEFLの受験料はいくら？', 'ja', 'english-tests'],
  ['Is there a Vietnamese language test?', 'en', 'other-language-tests'],
  ['台湾に留学するなら中国語の試験は何がいい？', 'ja', 'other-language-tests'],
  ['What is the Tri-U seminar?', 'en', 'other-programmes'],
  ['海外語学研修はありますか', 'ja', 'other-programmes'],
  ['Do I need overseas travel insurance?', 'en', 'preparing-to-leave'],
  ['海外旅行保険には入る必要がありますか', 'ja', 'preparing-to-leave'],
  ['What documents do I need to apply for exchange?', 'en', 'applying-and-selection'],
  ['応募書類は何が必要ですか', 'ja', 'applying-and-selection'],
  ['Can I reissue my TOEIC score from the co-op?', 'en', 'applying-and-selection'],
  ['What is the difference between exchange and taking a leave of absence?', 'en', 'exchange-vs-leave'],
  ['交換留学と休学留学の違いは？', 'ja', 'exchange-vs-leave'],
  ['How much money do I need per month abroad?', 'en', 'requirements'],
  ['留学にかかる費用は月にどれくらい？', 'ja', 'requirements'],
  ['What should I check before applying?', 'en', 'self-check'],
  ['What is exchange study?', 'en', 'what-is-exchange'],
  ['交換留学とは何ですか', 'ja', 'what-is-exchange'],
  ['Do I pay tuition to the partner university?', 'en', 'what-is-exchange'],
  ['What is CIER?', 'en', 'mie-cier'],
];

describe('hybrid retrieval', () => {
  it('has at least 30 questions', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES)('%s -> %s/%s', async (question, lang, section) => {
    const { index } = await realRuntime();
    const hits = await index.retriever.retrieve(question, lang, 3);
    const sections = hits.map((h) => h.passage.section ?? h.passage.docId.replace(/^(guide|about):/, ''));
    expect(sections).toContain(section);
    expect(hits.every((h) => h.passage.lang === lang)).toBe(true);
  });

  it('a question the sources do not answer scores below the threshold', async () => {
    const { index } = await realRuntime();
    const [top] = await index.retriever.retrieve('Is there a gym near the office?', 'en', 3);
    expect(top?.confidence ?? 0).toBeLessThan(DEFAULT_CONFIDENCE_THRESHOLD);
  });
});
