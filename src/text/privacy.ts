/**
 * Personal data in students' messages: found so logs can redact it and a public channel can
 * suggest moving to a DM. Patterns err on the side of redacting free text, at token
 * boundaries; identifiers (conversation references, answer ids, Slack and Discord ids,
 * timestamps, case numbers) are never rewritten, so an operator can follow a thread in the log.
 */
export type PersonalDataKind = 'email' | 'phone' | 'student_number' | 'gpa' | 'health';

const PATTERNS: { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[\w.+-]+@[\w-]+(\.[\w-]+)+/g },
  {
    kind: 'phone',
    pattern: /(?<![\w.+-])(\+81[\s-]?|0)\d{1,4}[\s-]?\d{1,4}[\s-]?\d{3,4}(?![\w.-]*\w)/g,
  },
  {
    kind: 'student_number',
    pattern:
      /(学籍番号|学生番号|student (?:number|id|no\.?)|id number)\s*[:：は=]?\s*[A-Za-z]?\d{5,10}|(?<![\w.-])[A-Za-z]{0,2}\d{7,10}(?![\w.-]*\w)/gi,
  },
  {
    kind: 'gpa',
    pattern:
      /(my|私の|僕の|自分の)\s*(cumulative\s*)?gpa\s*(is|was|は|が|:|：)?\s*\d(\.\d{1,2})?|gpa\s*(は|が)?\s*\d(\.\d{1,2})?\s*(です|だけど|しかない|なんですが|なのですが)/gi,
  },
  {
    kind: 'health',
    pattern:
      /うつ病?|鬱|持病|病気|障害|障がい|通院|入院|妊娠|服薬|薬を飲|メンタル|パニック障害|発達障害|depress(ion|ed)|anxiety disorder|disabilit(y|ies)|pregnan(t|cy)|chronic (illness|disease)|medication|mental health|diagnos(ed|is)/gi,
  },
];

export function findPersonalData(text: string): PersonalDataKind[] {
  return PATTERNS.filter(({ pattern }) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  }).map(({ kind }) => kind);
}

/**
 * Tokens that are identifiers, not personal data: conversation references
 * (`slack:T…:C…:1764….000100`, `discord:GUILD:CHANNEL:THREAD`), UUIDs (answer ids), ISO
 * timestamps, Slack message timestamps, Discord snowflakes, Slack ids, case numbers.
 */
const IDENTIFIER = new RegExp(
  [
    String.raw`\b(?:slack|discord|cli|eval|web):[\w.:@-]+`,
    String.raw`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?`,
    String.raw`\b\d{9,10}\.\d{4,6}\b`,
    String.raw`\b\d{17,20}\b`,
    // Slack ids (C024BE91L): a capital, then capitals and digits with at least one of each.
    String.raw`\b[CDGUTWB](?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{6,11}\b`,
    String.raw`\bEX-\d{4,}\b`,
  ].join('|'),
  'g',
);

function redactFreeText(text: string): string {
  let redacted = text;
  for (const { kind, pattern } of PATTERNS) redacted = redacted.replace(pattern, `[${kind}]`);
  return redacted;
}

/** Replaces personal data in free text with `[kind]` markers; identifiers pass unchanged. */
export function redactPersonalData(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(IDENTIFIER)) {
    out += redactFreeText(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + redactFreeText(text.slice(last));
}
