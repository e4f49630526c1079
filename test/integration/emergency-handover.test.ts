import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/app/runtime.ts';
import { conversation, freshRuntime } from '../helpers/runtime.ts';

// 03:00 Japan time on Monday 2026-11-23, 勤労感謝の日 (a public holiday): the office is shut
// until Tuesday 08:30.
const holidayNight = () => new Date('2026-11-22T18:00:00Z');

describe('an emergency handover at 03:00 on a public holiday', () => {
  let runtime: Runtime;
  beforeAll(async () => {
    runtime = await freshRuntime({ now: holidayNight });
  });
  afterAll(() => runtime.close());

  it("gives the urgent contacts first, in the student's language, then the case and when staff reply", async () => {
    const ja = await runtime.assistant.ask({
      text: '留学先でパスポートをなくしました。どうすればいいですか',
      conversation: conversation(),
    });
    expect(ja).toMatchObject({ route: 'handover', lang: 'ja', handover: { reason: 'emergency' } });
    expect(ja.handover?.caseId).toMatch(/^EX-\d+/);
    const jaLines = ja.answer.split('\n');
    expect(jaLines[0]).toBe('【緊急連絡先】（時間に関係なく）');
    expect(jaLines[1]).toMatch(/24時間対応の緊急電話はありません/);
    expect(ja.answer).toMatch(
      /在留届（オンライン申請）：https:\/\/www\.ezairyu\.mofa\.go\.jp\/rrnet\//,
    );
    expect(ja.answer).toMatch(/\+81-59-231-9688/);
    const contactsEnd = ja.answer.indexOf('安否確認（氏名）');
    expect(ja.answer.indexOf(ja.handover!.caseId!)).toBeGreaterThan(contactsEnd);
    expect(ja.answer).toMatch(/本日は祝日（勤労感謝の日）のため窓口は休みです。/);
    expect(ja.answer).toMatch(/翌営業日の 08:30 以降に職員が返信します/);

    const en = await runtime.assistant.ask({
      text: 'I lost my passport in Thailand, help',
      conversation: conversation(),
    });
    expect(en).toMatchObject({ route: 'handover', lang: 'en', handover: { reason: 'emergency' } });
    expect(en.answer.split('\n')[0]).toBe('Urgent contacts (at any hour):');
    expect(en.answer).toMatch(
      /Overseas residence registration \(在留届, online\): https:\/\/www\.ezairyu\.mofa\.go\.jp\/rrnet\//,
    );
    // The first message keeps every contact and the case number within the reply budget; when
    // the office replies is said there if it fits, and always in the full answer.
    expect(en.answer).toContain(en.handover!.caseId!);
    expect(en.more ?? en.answer).toMatch(
      /Today is a public holiday in Japan \(Labor Thanksgiving Day\)/,
    );
    expect(en.answer).not.toMatch(/【緊急連絡先】/);
  });

  it('other handovers do not carry the urgent block', async () => {
    const answer = await runtime.assistant.ask({
      text: 'I want to talk to a person',
      conversation: conversation(),
    });
    expect(answer.handover?.reason).toBe('wants_person');
    expect(answer.answer).not.toMatch(/Urgent contacts/);
  });
});
