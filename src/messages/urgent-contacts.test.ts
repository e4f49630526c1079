import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { OfficeFile } from '../knowledge/office-schema.ts';
import { urgentContactsBlock, urgentContactLines } from './urgent-contacts.ts';

const office = loadKnowledge('knowledge').knowledge!.office;

describe('urgent contacts for an emergency abroad', () => {
  it("gives the guide's contacts in Japanese and in English, the missing 24-hour line said plainly", () => {
    const ja = urgentContactsBlock(office, 'ja');
    expect(ja.split('\n')[0]).toBe('【緊急連絡先】（時間に関係なく）');
    expect(ja).toMatch(/留学生支援室には24時間対応の緊急電話はありません。/);
    expect(ja).toMatch(/在留届（オンライン申請）：https:\/\/www\.ezairyu\.mofa\.go\.jp\/rrnet\//);
    expect(ja).toMatch(/外務省 海外安全ホームページ：http:\/\/www\.anzen\.mofa\.go\.jp\//);
    expect(ja).toMatch(/\+81-59-231-9688, ryugaku@ab\.mie-u\.ac\.jp（平日 8:30～17:15/);
    const en = urgentContactsBlock(office, 'en');
    expect(en.split('\n')[0]).toBe('Urgent contacts (at any hour):');
    expect(en).toMatch(/The office has no 24-hour emergency line\./);
    expect(en).toMatch(
      /Overseas residence registration \(在留届, online\): https:\/\/www\.ezairyu\.mofa\.go\.jp\/rrnet\//,
    );
    expect(en).not.toMatch(/[ぁ-ん]{3}/);
    // Only the numbers office.yaml holds appear; nothing else that looks like a phone number.
    const numbers = en.match(/\+?\d[\d -]{7,}\d/g) ?? [];
    expect(new Set(numbers)).toEqual(new Set(['+81-59-231-9688', '059-231-9688']));
  });

  it('puts a 24-hour line first once the office enters one', () => {
    const filled = {
      ...office,
      urgentContacts: {
        ...office.urgentContacts,
        twentyFourHourLine: {
          ...office.urgentContacts.twentyFourHourLine,
          phone: '+81-59-000-0000',
        },
      },
    };
    expect(urgentContactLines(filled, 'en')[1]).toBe('・24-hour emergency line: +81-59-000-0000');
    expect(urgentContactLines(filled, 'ja')[1]).toBe('・24時間対応の緊急電話：+81-59-000-0000');
    const unnamed = {
      ...filled,
      urgentContacts: {
        ...filled.urgentContacts,
        twentyFourHourLine: { phone: '+81-59-000-0000', label: null },
      },
    };
    expect(urgentContactLines(unnamed, 'en')[1]).toBe(
      '・round-the-clock emergency line: +81-59-000-0000',
    );
  });

  it('the loader refuses a contact with no way to reach it and a 24-hour line that is not a number', () => {
    const noWay = {
      ...office,
      urgentContacts: {
        ...office.urgentContacts,
        contacts: [{ ...office.urgentContacts.contacts[0]!, url: null, phone: null, email: null }],
      },
    };
    expect(OfficeFile.safeParse(noWay).error?.issues[0]?.message).toBe(
      'an urgent contact needs a phone, a url or an email',
    );
    const guessed = {
      ...office,
      urgentContacts: {
        ...office.urgentContacts,
        twentyFourHourLine: { phone: 'ask the office', label: null },
      },
    };
    expect(OfficeFile.safeParse(guessed).success).toBe(false);
    const { urgentContacts: _none, ...withoutContacts } = office;
    expect(OfficeFile.safeParse(withoutContacts).success).toBe(false);
  });
});
