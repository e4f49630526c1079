/**
 * Handover vocabulary breadth, the office asked to act or to answer in person: an action on
 * the student's papers (`actionRequest` and the office_action pair), a person, a complaint.
 * Phrasings written for these tests from how students write in chat (casual and polite
 * Japanese, chat English, the office's nouns and their everyday synonyms), not taken from an eval
 * set; the questions with the same nouns that stay with the guide are in
 * handover-breadth-guide.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import type { HandoverNeed } from './interpretation.ts';
import { Interpreter } from './interpret.ts';

let interpreter: Interpreter;
beforeAll(() => {
  const { knowledge, problems } = loadKnowledge('knowledge');
  if (!knowledge) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  interpreter = new Interpreter(knowledge);
});
const handover = (text: string) => interpreter.interpret(text).handover;

const BY_REASON: Partial<Record<HandoverNeed, string[]>> = {
  office_action: [
    '出した書類ちゃんと届いてますか',
    '願書受理されたか確認してもらえますか',
    '推薦状を書いていただけますか',
    '成績証明書を発行してほしいです',
    '申請書に不備がないか見てもらえる？',
    '留学願もう提出したんですけど、受け付けられてますか',
    '協定校への書類、送ってもらえましたか',
    '在籍証明書出してもらえますか',
    '提出した書類のチェックお願いします',
    '交換留学の説明会に申し込んでおいてもらえますか',
    '私の応募の手続き進めてください',
    '学内選考にエントリーしてもらえる？',
    '申請の処理をしていただけますか',
    '協定校への推薦手続きお願いします',
    '面接の日程変えてもらえませんか',
    'ルンドに出願しといてほしい',
    '奨学金の申請、代わりにやってもらえますか',
    'did you get my application form?',
    'can you check if my documents arrived?',
    'could you write me a recommendation letter?',
    'pls confirm you received my transcript',
    'has my application been processed yet?',
    'can someone look over my application before i submit?',
    'could you sign me up for the exchange program?',
    'please register me for the info session',
    'can u enrol me in the language course',
    "I'd like you to process my application",
    'pls submit my application to Lund',
    'could you put me on the list for the scholarship?',
    'would you forward my documents to the partner university?',
    '申請書類をもう一度送ってもらえますか',
    '成績証明書の英語版って発行お願いできますか',
    '推薦書を先生に依頼してもらえる？',
    '提出した願書に不備がないか確認お願いします',
    'can you double check my application form?',
    'could you confirm my registration for the exchange?',
    'please forward my transcript to heidelberg',
    'can u process my scholarship application asap',
    '私の書類届いてるか見てもらってもいいですか',
    '応募書類の確認をお願いできますか',
    '協定校に私の成績証明書を送付していただけますか',
    'did the office receive my documents?',
    'can you register me for the internal selection',
    '提出済みの書類に抜けがないかチェックしてほしいです',
    '協定校への出願、留学生支援室から進めていただけますか',
    'can you send my nomination to heidelberg?',
    'hi could you sign my application form',
    '留学願の控えをもらえますか',
    '書類に押印してもらいたいです',
    '私の申請ステータスを確認できますか',
    'can you tell me if my application was accepted by the office?',
    'pls add me to the exchange mailing list',
    '私の出した願書、ちゃんと受理されてますか？',
    'could you check whether lund got my nomination?',
    '願書の内容を一部修正したいのでお願いできますか',
    '書類を差し替えたいんですけど',
    'i need to update my address on my application',
    'can you resend the acceptance letter to me?',
    '書類ちゃんと届いたか教えてもらえますか',
    '申請書の書き方、添削してもらえますか',
    'could the office send my transcript to lund directly?',
    'plz check my form',
    '出願書類を郵送したのですが、到着しているか確認いただけますか',
    '推薦書の発行をお願いします',
    '学内選考の申込書、私の分まだ受け付けてもらえてますか',
    'can you let me know whether my papers arrived?',
    'please arrange my housing application with the partner',
    '提出した成績証明書の原本を返してもらえますか',
    '協定校からの書類、受け取ってもらえましたか',
    'can you confirm that my application is complete?',
    'could you register me for the pre-departure orientation?',
  ],
  wants_person: [
    '担当の人と話したいです',
    '職員さんに直接相談できますか',
    '人間と話させて',
    '窓口の人に繋いでください',
    'スタッフに代わってもらえますか',
    '直接会って相談したい',
    '誰か人に聞きたいです',
    '留学担当の先生とお話しできますか',
    'can i talk to a real person',
    'i want to speak to someone from the office',
    'get me a human pls',
    'connect me with an advisor',
    'is there a staff member I can chat with?',
    "I'd rather talk to a person",
    'can someone from the international office contact me?',
    '留学生支援室の方と直接お話ししたいです',
    'スタッフさんと相談させてください',
    'can i speak with an advisor please',
    'i need to talk to someone in person',
    '誰か担当の方に連絡してもらえますか',
    '人と話したい',
    "i'd like to make an appointment with an advisor",
    'may i talk to a staff member?',
    'ちょっと人に直接聞きたいんですけど',
    'オペレーターさんと話せますか',
    'can i have a human look at this',
    '留学担当の方に電話で相談したいです',
    '人間の担当者に回してください',
    'botじゃなくて人と話したい',
    "i'd prefer to speak with a staff member directly",
    'can a staff member call me back?',
    '職員さんと話がしたいです',
    'i want a real human to answer this',
    '先生じゃなくて職員の方と相談したいです',
    'スタッフの人にチャットで聞けますか',
    "i'd like to discuss this with an actual person",
    '人と話せる？',
    '直接窓口で相談したいのですが予約できますか',
    'human pls',
    'できれば職員の方とお話ししたいです',
    '電話で相談できる人いますか',
    'is there anyone i can talk to about this?',
    '担当者さんに相談できますか',
    'ちゃんとした人に答えてほしい',
    'please put me in touch with the exchange coordinator',
  ],
  complaint: [
    '返事が全然来ないんですけど',
    '窓口の対応がひどかった',
    '説明が不親切すぎる',
    '何回メールしても無視されてます',
    '職員の態度に納得いかない',
    '苦情を言いたいです',
    '対応遅すぎません？',
    '不満があります',
    'nobody has replied to my email for two weeks',
    'the office was really rude to me',
    "this is unacceptable, I've been waiting forever",
    'I want to file a complaint',
    'terrible service at the counter today',
    "I'm disappointed with how my case was handled",
    'no one ever answers my emails',
    'メールの返信が遅すぎる',
    '窓口の人の態度が失礼だった',
    "i've emailed three times and got no reply",
    'the advice i got from the office was wrong and nobody apologised',
    '留学生支援室の対応に不満があります',
    '担当者の説明が間違っていて困りました、ひどいです',
    'i want to complain about the way my application was handled',
    '前にもらった回答が間違ってて迷惑しました',
    "i'm not happy with how the office treated me",
    '問い合わせたのに1週間返事がありません',
    '窓口でたらい回しにされました',
    '対応に誠意を感じません',
    'the staff at the counter was very unhelpful',
    "i'm fed up with waiting for an answer",
    'もう何度も問い合わせてるのに誰も答えてくれない',
    'your office keeps ignoring my emails',
    '前回の説明と違うこと言われたんですけど',
    'こんな対応ありえない',
    'why does nobody answer the phone at the office',
    '対応最悪',
    'ずっと放置されてるんですが',
    'worst support ever',
    'メールしてるのに返信がない',
    '前回の窓口の人が失礼でした',
    "i've been waiting for a reply for ages",
    '何度連絡しても返事をもらえません',
    '窓口の説明がわかりにくくて不親切でした',
    "i'm very unhappy with the service i received",
  ],
};

describe('the office asked to act, a person or a complaint goes to staff', () => {
  const cases = Object.entries(BY_REASON).flatMap(([reason, texts]) =>
    texts.map((text) => [text, reason] as const),
  );
  it.each(cases)('%s -> %s', (text, reason) => {
    expect(handover(text)).toBe(reason);
  });

  it('has at least 15 phrasings per reason, about half of them Japanese', () => {
    for (const texts of Object.values(BY_REASON)) {
      expect(texts.length).toBeGreaterThanOrEqual(15);
      const japanese = texts.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t)).length;
      expect(japanese / texts.length).toBeGreaterThanOrEqual(0.45);
    }
  });
});
