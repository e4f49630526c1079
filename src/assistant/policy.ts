/**
 * The routing policy, in code: which questions the assistant may answer and which need a
 * person. Checked in order: hostile input, decisions for staff, then answerable questions.
 */
import type { HandoverReason } from '../domain/types.ts';
import { looksLikeInjection } from '../text/injection.ts';

export { looksLikeInjection };


/** Decisions that belong to staff, each with its reason. Personal, not general, wording. */
const HANDOVER_RULES: { reason: HandoverReason; pattern: RegExp }[] = [
  {
    reason: 'emergency',
    pattern:
      /(don'?t|do not|doesn'?t) feel safe|not safe|\briots?\b|civil unrest|安全じゃない|安全ではない|暴動|緊急|事故|事件|怪我|けが(を|し)|入院|盗まれ|盗難|襲われ|災害|地震|テロ|助けて|警察|危険な目|パスポートを(なく|無く|紛失|盗)|emergenc|accident|injur|\bhospital|robbed|stolen|assault|attacked|lost my passport|in danger|\bunsafe\b|help me,? please|\bsos\b|police/i,
  },
  {
    reason: 'wants_person',
    pattern:
      /(人|ひと|人間|職員|スタッフ|担当者|担当の方|窓口の方)(と|に)(直接)?(話|相談|つな|繋|代わ|連絡)|直接(相談|話)したい|担当者(を|に|と)|(talk|speak|chat) (to|with) (a |an |the |some |real )*(person|human|someone|staff|advis|officer|coordinator|people)|real person|human,? please|(want|need|get) (a |an )?(human|person|staff member)|contact (a |the )?staff|transfer me|hand (me )?over/i,
  },
  {
    reason: 'complaint',
    pattern: /苦情|クレーム|不満があ|対応がひどい|ひどい対応|納得できない|抗議|\bcomplain|complaint|unacceptable|disappointed (with|by|in)|terrible (service|response|support)|rude/i,
  },
  {
    reason: 'late_application',
    pattern:
      /締め?切り?(を|が|に)?.{0,6}(過ぎ|すぎ|遅れ|間に合わ)|missed (the|my|an?) .{0,30}deadline|(締め?切り?|期限)後|間に合わ(な|なかった)|遅れて(しま|提出|出し|応募)|提出が遅れ|(延長|待って)(して|もらえ|いただけ)|late (application|submission)|apply late|submit late|missed the deadline|after the deadline|past the deadline|deadline (has )?passed|extend the deadline|extension/i,
  },
  {
    reason: 'selection_chances',
    pattern:
      /(will|would|could|can|do) i (still )?(be |get )?(selected|accepted|chosen|picked|admitted|pass|get in|make it)|(get|be) (picked|selected|chosen) (for|over)|my chances|chances? (of|to|that) (be|get|i)|likely (to be|that i)|受か(る|り|れ)|合格(でき|する|の可能性)|選ばれ(る|ます|そう)|選考に(通|受か|残)|(通り|通れ|通る)(ます|そう)|可能性(は|が|って)|見込み/i,
  },
  {
    reason: 'credit_transfer',
    pattern:
      /単位.{0,12}(認め(て|られ)(もらえ|ます|る)か|認定(して|され|してもらえ)|互換(して|され|でき)(ます|る)?か|振り替え(られ|でき)|読み替え)|(授業|科目|単位).{0,30}(振り替え|振替|読み替え|認定|互換)(て|し)?(もらえ|いただけ|られ|でき)|(will|would|can|could) (my|these|those|the) .{0,30}(credits?|courses?|classes|subjects?|units?) .{0,40}(count|transfer|be (approved|recogni[sz]ed|accepted|converted))|count towards? my (degree|graduation|major)|approve (my |the )?credits?|approve the credit transfer|credit transfer for (my|the)|(get|have) my credits? (approved|recogni[sz]ed|transferred|counted)|credit (transfer )?approval/i,
  },
  {
    reason: 'leave_of_absence',
    pattern: /休学(したい|しよう|を考え|する(つもり|予定|こと)|させて|の手続|届|に切り替え)|休学(して|を)?.{0,12}(しよう|迷|考え|検討|延長)|(want|plan|going|need|thinking|like) to take (a )?leave|(thinking of|considering|planning on) taking a leave|(switch|change|convert) .{0,30}(to|into) a leave of absence|apply for (a )?leave of absence|take (a |some )?(time|year) off|leave of absence (form|procedure|application)/i,
  },
  {
    reason: 'financial_hardship',
    pattern:
      /お金が(ない|無い|足りな|払えな)|学費が(払えな|払えま)|(生活費|費用)が(足りな|払えな|出せな)|経済的に(苦し|困|厳し|難し)|家計が(苦し|厳し)|借金|(can'?t|cannot|unable to) (afford|pay)|financial(ly)? (hardship|difficult|trouble|struggl|problem)|(run|running|ran) out of money|\bno money\b|\bbroke\b/i,
  },
  {
    reason: 'eligibility_exception',
    pattern:
      /例外|特例|特別に.{0,10}(認め|許可|受け|応募|出願|させて|参加)|(満たして|届いて|足りて)(い)?ないけど|(満たして|届いて|足りて)(い)?ません(が|けど)|(足りない|届かない)けど|(exception|waive|waiver|make an exception)|even (though|if) (i|my) (do not|don't|doesn't|does not|am not|is not|isn't|'m not|score|gpa)|(don't|do not|doesn't) meet the (requirement|minimum)|below the (requirement|minimum).{0,30}(still|anyway|can i)/i,
  },
  {
    reason: 'visa',
    pattern: /ビザ|査証|在留資格|\bvisas?\b|residence permit|immigration/i,
  },
];

/** Words that show a message is about study abroad at all. */
const DOMAIN =
  /予防接種|ワクチン|vaccin|航空券|flights?\b|寮|家賃|rent\b|トーフル|トフル|アイエルツ|トーイック|トイック|留学|交換|協定|大学|奨学|単位|休学|選考|応募|出願|締め?切|語学|英語|中国語|試験|検定|渡航|出発|帰国|保険|パスポート|ビザ|寮|支援室|国際交流|学期|gpa|toeic|toefl|ielts|hsk|\bexchange|abroad|overseas|partner|universit|scholarship|tuition|credit|deadline|apply|application|semester|visa|passport|insurance|dorm|housing|office|language (test|course|training)|study|students?|mie|cier|tri-?u|seminar|field study|report/i;

export interface RouteSignals {
  injection: boolean;
  handoverReason: HandoverReason | null;
  inDomain: boolean;
}

export function readSignals(text: string): RouteSignals {
  return {
    injection: looksLikeInjection(text),
    handoverReason: HANDOVER_RULES.find((rule) => rule.pattern.test(text))?.reason ?? null,
    inDomain: DOMAIN.test(text),
  };
}
