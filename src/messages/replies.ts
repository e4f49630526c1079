/** Fixed replies, in both languages. Office details always come from `knowledge/office.yaml`. */
import type { HandoverReason, Lang } from '../domain/types.ts';
import { describeReplyExpectation } from './office-hours.ts';
import type { OfficeFile } from '../knowledge/schema.ts';

export function officeContact(office: OfficeFile, lang: Lang): string {
  return lang === 'ja'
    ? `${office.name.ja}（${office.place.ja}、平日 ${office.opens}〜${office.closes}、${office.email}、TEL ${office.phone}）`
    : `${office.name.en} (${office.place.en}, weekdays ${office.opens}–${office.closes} Japan time, ${office.email}, tel. ${office.phone})`;
}

export function helpText(lang: Lang): string {
  return lang === 'ja'
    ? '交換留学についてお答えします。例：「TOEIC450点で応募できる協定校は？」「ルンド大学の締切は？」「奨学金はいくら？」「単位互換の上限は？」。個別の判断が必要なご相談は留学生支援室の職員におつなぎします。'
    : 'I answer questions about exchange study at Mie University, for example: "Which partners accept TOEIC 450?", "What is the deadline for Lund?", "How much is the exchange scholarship?", "How many credits can be transferred?". For anything that needs a decision, I pass you to the office staff.';
}

export function tooLongText(limit: number, lang: Lang): string {
  return lang === 'ja'
    ? `メッセージが長すぎます（${limit}文字まで）。質問を短くして、もう一度送ってください。`
    : `That message is too long (the limit is ${limit} characters). Please send a shorter question.`;
}

export function binaryText(lang: Lang): string {
  return lang === 'ja'
    ? 'メッセージを読み取れませんでした（文字化けまたはファイルのようです）。質問を文章で送ってください。'
    : "I couldn't read that message (it looks like binary data or garbled text). Please send your question as text.";
}

export function outOfScopeText(lang: Lang): string {
  return lang === 'ja'
    ? `ごめんなさい、それは交換留学のご案内の範囲外です。${helpText('ja')}`
    : `Sorry, that is outside what I can help with. ${helpText('en')}`;
}

export function refusedText(lang: Lang): string {
  return lang === 'ja'
    ? '私は三重大学の交換留学の資料と協定校の記録にもとづいてのみ回答します。指示の変更や内部設定の開示はできません。交換留学についての質問をどうぞ。'
    : "I answer only from Mie University's exchange guide and partner records, and I can't change my instructions or share them. Ask me anything about exchange study.";
}

const REASON_TEXT: Record<HandoverReason, { ja: string; en: string }> = {
  credit_transfer: { ja: '単位の認定は学部の教授会が個別に判断します', en: 'credit recognition is decided case by case by your faculty' },
  late_application: { ja: '締切後の提出や例外的な応募は職員の判断になります', en: 'late or exceptional applications are a staff decision' },
  selection_chances: { ja: '選考の見込みはお答えできません', en: "I can't predict selection results" },
  eligibility_exception: { ja: '要件の例外は職員の判断になります', en: 'exceptions to the requirements are a staff decision' },
  leave_of_absence: { ja: '休学は指導教員・学部との手続きが必要です', en: 'a leave of absence goes through your advisor and faculty' },
  financial_hardship: { ja: '経済的なご事情は職員が個別にご相談に乗ります', en: 'staff can talk through financial difficulties with you personally' },
  visa: { ja: 'ビザは国や個人の状況で異なるため職員が確認します', en: 'visa matters depend on the country and your situation, so staff will check' },
  emergency: { ja: '緊急の場合はまず身の安全を確保し、現地の緊急連絡先（警察・救急）に連絡してください', en: 'in an emergency, first get safe and call local emergency services (police, ambulance)' },
  complaint: { ja: 'ご意見は職員が責任をもって確認します', en: 'staff will look into your concern personally' },
  wants_person: { ja: '職員におつなぎします', en: 'I will pass you to a member of staff' },
  not_found: { ja: '手元の資料にはこの質問の答えが見つかりませんでした', en: "I couldn't find the answer to this in the office's documents" },
  not_helpful: { ja: '職員に確認してもらいます', en: 'I will ask a member of staff to follow up' },
};

export function handoverIntro(reason: HandoverReason, lang: Lang): string {
  return REASON_TEXT[reason][lang];
}

/** What happens next: the case number and when to expect a reply, or whom to contact. */
export function handoverNextSteps(office: OfficeFile, caseId: string | null, lang: Lang, now: Date): string {
  if (caseId) {
    return lang === 'ja'
      ? `職員に引き継ぎました（受付番号 ${caseId}）。${office.name.ja}からこの会話に返信します。${describeReplyExpectation(office, now, 'ja')}`
      : `I have handed this to the office (case ${caseId}). The ${office.name.en} will reply in this conversation. ${describeReplyExpectation(office, now, 'en')}`;
  }
  return lang === 'ja'
    ? `${officeContact(office, 'ja')}にご相談ください。`
    : `Please contact ${officeContact(office, 'en')}.`;
}
