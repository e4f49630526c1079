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
    for (const text of [
      'Which partners accept TOEIC 450?',
      'GPA2.5以下で行けるアジアの協定校',
      'ルンド大学の締切は？',
    ]) {
      expect(findPersonalData(text)).toEqual([]);
      expect(redactPersonalData(text)).toBe(text);
    }
  });

  it('is redacted at the logger, in messages and nested fields', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { question: 'contact me at hanako@example.jp', nested: { note: '学籍番号 4123456' } },
      'asked by 090-1234-5678',
    );
    const record = lines.join('');
    expect(record).not.toMatch(/hanako@example\.jp|4123456|090-1234-5678/);
    expect(record).toMatch(/\[email\]/);
    expect(record).toMatch(/\[student_number\]/);
    expect(record).toMatch(/\[phone\]/);
  });
});

describe('redaction leaves identifiers alone', () => {
  it.each([
    'slack:T0MIEUNIV:C0EXCHANGE:1764652320.000100',
    'slack:C024BE91L:1712345678.123456',
    'discord:800000000000000001:810000000000000001:1445123456789012345',
    'discord:dm:1445123456789012345',
    'answer 3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b',
    'at 2026-12-02T05:12:00.000Z',
    'case EX-0001 and EX-0123',
    'message 1445123456789012345 in 810000000000000001',
    'ts 1764652320.000100',
    'user U024BE7LH in C0EXCHANGE',
  ])('%s stays as it is', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });

  it('still redacts personal data in the free text around them', () => {
    expect(
      redactPersonalData(
        'slack:C0EXCHANGE:1764652320.000100 asked by 090-1234-5678 (学籍番号 4123456), mail hanako@example.jp, case EX-0042',
      ),
    ).toBe(
      'slack:C0EXCHANGE:1764652320.000100 asked by [phone] ([student_number]), mail [email], case EX-0042',
    );
    expect(redactPersonalData('call me on 09012345678.')).toBe('call me on [phone].');
    expect(redactPersonalData('TEL:059-231-9688')).toBe('TEL:[phone]');
    expect(redactPersonalData('my number is B12345678')).toBe('my number is [student_number]');
    expect(redactPersonalData('4123456です')).toBe('[student_number]です');
  });

  it('redacts at token boundaries only: digits inside a longer token are not a phone', () => {
    expect(redactPersonalData('order-0901234567x')).toBe('order-0901234567x');
    expect(redactPersonalData('v2.0901234567')).toBe('v2.0901234567');
  });

  it('keeps a logged answer traceable: ids intact, the question redacted', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger('info', sink).info(
      {
        answerId: '3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b',
        conversation: 'discord:800000000000000001:810000000000000001:1445123456789012345',
        caseId: 'EX-0007',
        question: 'my phone is 080-1111-2222',
      },
      'answered',
    );
    const record = JSON.parse(lines.join(''));
    expect(record.answerId).toBe('3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b');
    expect(record.conversation).toBe(
      'discord:800000000000000001:810000000000000001:1445123456789012345',
    );
    expect(record.caseId).toBe('EX-0007');
    expect(record.question).toBe('my phone is [phone]');
  });
});
