import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData } from '../../src/text/privacy.ts';
import { createLogger } from '../../src/adapters/logging/logger.ts';

describe('personal data', () => {
  it.each([
    ['my email is taro.yamada@example.com', 'email'],
    ['電話番号は090-1234-5678です', 'phone'],
    ['学籍番号 4123456 の山田です', 'student_number'],
    ['My student ID: 422B1234 ... no, 4221234', 'student_number'],
    ['私のGPAは2.3です', 'gpa'],
    ['My GPA is 2.4, can I still go?', 'gpa'],
    ['うつ病で通院しています', 'health'],
    ['I was diagnosed with depression', 'health'],
  ])('%s -> %s', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
    expect(redactPersonalData(text)).toContain(`[${kind}]`);
  });

  it('leaves ordinary questions alone', () => {
    for (const text of ['Which partners accept TOEIC 450?', 'GPA2.5以下で行けるアジアの協定校', 'ルンド大学の締切は？']) {
      expect(findPersonalData(text)).toEqual([]);
      expect(redactPersonalData(text)).toBe(text);
    }
  });

  it('is redacted at the logger, in messages and nested fields', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    const logger = createLogger('info', sink);
    logger.info({ question: 'contact me at hanako@example.jp', nested: { note: '学籍番号 4123456' } }, 'asked by 090-1234-5678');
    const record = lines.join('');
    expect(record).not.toMatch(/hanako@example\.jp|4123456|090-1234-5678/);
    expect(record).toMatch(/\[email\]/);
    expect(record).toMatch(/\[student_number\]/);
    expect(record).toMatch(/\[phone\]/);
  });
});
