/**
 * Personal data in students' messages: found so logs can redact it and a public channel can
 * suggest moving to a DM. Patterns err on the side of redacting.
 */
export type PersonalDataKind = 'email' | 'phone' | 'student_number' | 'gpa' | 'health';

const PATTERNS: { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  { kind: 'phone', pattern: /(\+81[\s-]?|0)\d{1,4}[\s-]?\d{1,4}[\s-]?\d{3,4}(?!\d)/g },
  { kind: 'student_number', pattern: /(学籍番号|学生番号|student (?:number|id|no\.?)|id number)\s*[:：は=]?\s*[A-Za-z]?\d{5,10}|(?<![\d.])[A-Za-z]{0,2}\d{7,10}(?![\d.])/gi },
  { kind: 'gpa', pattern: /(my|私の|僕の|自分の)\s*(cumulative\s*)?gpa\s*(is|was|は|が|:|：)?\s*\d(\.\d{1,2})?|gpa\s*(は|が)?\s*\d(\.\d{1,2})?\s*(です|だけど|しかない|なんですが|なのですが)/gi },
  {
    kind: 'health',
    pattern: /うつ病?|鬱|持病|病気|障害|障がい|通院|入院|妊娠|服薬|薬を飲|メンタル|パニック障害|発達障害|depress(ion|ed)|anxiety disorder|disabilit(y|ies)|pregnan(t|cy)|chronic (illness|disease)|medication|mental health|diagnos(ed|is)/gi,
  },
];

export function findPersonalData(text: string): PersonalDataKind[] {
  return PATTERNS.filter(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  }).map(({ kind }) => kind);
}

/** Replaces personal data with `[kind]` markers. */
export function redactPersonalData(text: string): string {
  let redacted = text;
  for (const { kind, pattern } of PATTERNS) redacted = redacted.replace(pattern, `[${kind}]`);
  return redacted;
}
