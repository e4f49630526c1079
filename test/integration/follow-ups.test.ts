/**
 * Follow-ups through the assistant on the real knowledge: what a pointing-back question points
 * at, and "which ones…?" after a list. Phrasings written for these tests, not taken from eval sets.
 */
import { describe, expect, it } from 'vitest';
import { conversation, realRuntime } from '../helpers/runtime.ts';

async function ask(text: string, conversationId: string) {
  const { assistant } = await realRuntime();
  return assistant.ask({ text, conversation: conversationId });
}
const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();

describe('follow-ups', () => {
  it('a chain of "it" questions still points at the first one that named a topic', async () => {
    const chat = conversation();
    await ask('how much is the exchange scholarship?', chat);
    await ask('and how many people get it?', chat);
    const when = await ask('ok, so when do I apply for it?', chat);
    expect(when.route).toBe('knowledge');
    // Source: the guide p.14, 「交換留学生の出願時に申し出てください」.
    expect(when.answer).toMatch(/when you apply for exchange/);
  });

  it('"each of their deadlines" after a list with nobody on it is no list of every partner', async () => {
    const chat = conversation();
    const none = await ask('ブラジルで農学部だけが対象の協定校は？', chat);
    expect(none.partners).toEqual([]);
    for (const followUp of ['それぞれの締切は？', 'その締切は？']) {
      const deadlines = await ask(followUp, chat);
      expect(deadlines.partners).toEqual([]);
      expect(deadlines.answer).not.toMatch(/64校|ボゴール/);
    }
    // In one message, as two questions.
    const both = await ask(
      'フィジーで工学部だけが対象の協定校は？あと、そこの締切も知りたい',
      conversation(),
    );
    expect(both.partners).toEqual([]);
    expect(both.answer).not.toMatch(/64校/);
  });

  it('"which ones…?" after a list narrows that list', async () => {
    const chat = conversation();
    await ask('What partners are there in South Korea?', chat);
    const narrowed = await ask('which ones state no GPA minimum?', chat);
    // Source rows: Ewha states GPA 2.5; Dongguk, Sejong and Pukyong state none.
    expect(ids(narrowed.partners)).toEqual([
      'dongguk-university',
      'pukyong-national-university',
      'sejong-university',
    ]);
  });
  it('falling short, asked after a lookup, is what the row says about it', async () => {
    // Tasmania's row (p.21): 「上記条件に達していない場合は語学コースからスタートする」.
    for (const [first, then, course] of [
      ['タスマニア大学のIELTSって何点必要？', 'もし届かなかったら？', '語学コース'],
      [
        'What IELTS score does Tasmania ask for?',
        'and if mine is lower than that?',
        'language course',
      ],
    ]) {
      const chat = conversation();
      await ask(first!, chat);
      const short = await ask(then!, chat);
      expect(short.route).toBe('partners');
      expect(ids(short.partners)).toEqual(['university-of-tasmania']);
      expect(`${short.answer}\n${short.more ?? ''}`).toContain(course!);
    }
  });
  it('a subject only the guide holds, asked after a list, is a new question, not "which one?"', async () => {
    const chat = conversation();
    await ask('ドイツの協定校は？', chat);
    const criteria = await ask('奨学金の審査基準って具体的にどんな内容？', chat);
    expect(criteria.route).toBe('handover');
    expect(criteria.handover?.reason).toBe('not_found');
    // Asked before it, a field of the rows is still a follow-up on them.
    const other = conversation();
    await ask('ドイツの協定校は？', other);
    expect((await ask('GPAの条件は？', other)).route).toBe('partners');
  });
});
