/** 日本語: 学生・職員が読むすべての文（キーは messages.ts）。 */
import type { Messages } from './messages.ts';
import { criteriaJa, FACULTY } from './partner-criteria-ja.ts';

const DAYS = ['', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'];

export const ja = {
  lang: 'ja',
  listJoin: '、',
  sentenceEnd: '。',

  help: (office) =>
    `${office.name.ja}の交換留学についてお答えします。例：「TOEIC450点で応募できる協定校は？」「ルンド大学の締切は？」「奨学金はいくら？」「単位互換の上限は？」。個別の判断が必要なご相談は職員におつなぎします。`,
  tooLong: (limit) =>
    `メッセージが長すぎます（${limit}文字まで）。質問を短くして、もう一度送ってください。`,
  binary:
    'メッセージを読み取れませんでした（文字化けまたはファイルのようです）。質問を文章で送ってください。',
  outOfScope: (office): string =>
    `ごめんなさい、それは交換留学のご案内の範囲外です。${ja.help(office)}`,
  refused: (office) =>
    `私は${office.name.ja}の交換留学の資料と協定校の記録にもとづいてのみ回答します。指示の変更や内部設定の開示はできません。交換留学についての質問をどうぞ。`,
  refusedDocument: (office) =>
    `証明書・通知文・推薦状などの文書は作成できません。発行できるのは発行元の大学や担当部署だけで、それらしく作った文章を提出に使うこともできません。必要な書類の入手方法は${office.name.ja}にお問い合わせください。`,
  dmSuggestion:
    '※個人情報（学籍番号・連絡先・成績・健康のことなど）が含まれているようです。続きはダイレクトメッセージでどうぞ。',
  feedbackThanks: 'ありがとうございます。',
  feedbackSorry:
    'お役に立てずすみません。職員に確認してもらいますか？（「職員に相談」を押すか /staff と入力）',
  staffRequestPlaceholder: '（職員への相談の依頼）',
  unknownAction:
    '申し訳ありません。このボタンは現在使えません（以前のメッセージのものかもしれません）。もう一度質問するか、最新の回答の下にあるボタンを押してください。',

  handoverReason: {
    credit_transfer: '単位の認定は学部の教授会が個別に判断します',
    late_application: '締切後の提出や例外的な応募は職員の判断になります',
    selection_chances: '選考の見込みはお答えできません',
    eligibility_exception: '要件の例外は職員の判断になります',
    leave_of_absence: '休学は指導教員・学部との手続きが必要です',
    financial_hardship: '経済的なご事情は職員が個別にご相談に乗ります',
    visa: 'ビザは国や個人の状況で異なるため職員が確認します',
    emergency: '緊急の場合はまず身の安全を確保し、現地の緊急連絡先（警察・救急）に連絡してください',
    complaint: 'ご意見は職員が責任をもって確認します',
    wants_person: '職員におつなぎします',
    not_found: '手元の資料にはこの質問の答えが見つかりませんでした',
    not_helpful: '職員に確認してもらいます',
    application_change: '出願済みの申請や計画の変更は職員が対応します',
    office_action: 'この件は職員が個別に確認・対応します',
  },
  staffReason: {
    credit_transfer: '単位認定（学部の判断）',
    late_application: '締切後・例外的な応募',
    selection_chances: '選考の見込みの質問',
    eligibility_exception: '要件の例外',
    leave_of_absence: '休学',
    financial_hardship: '経済的な困難',
    visa: 'ビザ',
    emergency: '緊急',
    complaint: '苦情',
    wants_person: '職員との相談を希望',
    not_found: '資料に答えなし',
    not_helpful: '回答が役に立たなかった',
    application_change: '出願済みの申請・計画の変更（派遣時期、期間の延長、派遣先、辞退）',
    office_action: '窓口への確認・手続きの依頼（書類の受領確認、証明書の発行など）',
  },
  handedOver: (caseId, office, expectation) =>
    `職員に引き継ぎました（受付番号 ${caseId}）。${office.name.ja}からこの会話に返信します。${expectation}`,
  alreadyHandedOver: (caseId, office, expectation) =>
    `この会話はすでに受付番号 ${caseId} として職員に引き継いでいますので、新しい受付は作らず、そちらに追加しました。${office.name.ja}からこの会話に返信します。${expectation}`,
  contactOffice: (office): string => `${ja.officeContact(office)}にご相談ください。`,
  officeContact: (office) =>
    `${office.name.ja}（${office.place.ja}、平日 ${office.opens}〜${office.closes}、${office.email}、TEL ${office.phone}）`,
  generalRule: (rule) => `参考までに、一般的な決まりは次のとおりです:\n${rule}`,
  sourceLacks: '手元の資料には、この答えは載っていません。職員が確認します。',
  sourceSays: (text) => `資料の記載は次のとおりです:\n${text}`,

  openNow: (hours) => `現在は窓口時間内（${hours}）です。通常、本日中に職員から返信します。`,
  staffWillReply: '職員から返信します。',
  closedOpensToday: (time) => `現在は窓口時間外です。本日 ${time} の開室後に職員が確認します。`,
  nextBusinessDay: '翌営業日',
  nextBusinessDayOn: (weekday, month, day) => `次の営業日（${month}月${day}日 ${DAYS[weekday]}）`,
  closedUntil: (hours, when, time) =>
    `現在は窓口時間外（窓口は平日 ${hours}、祝日・休業日を除く）です。${when}の ${time} 以降に職員が返信します。`,
  closedTodayHoliday: (name) => `本日は祝日（${name}）のため窓口は休みです。`,
  closedTodayClosure: (name) => `本日は${name}のため窓口は休みです。`,

  urgentHeading: '【緊急連絡先】（時間に関係なく）',
  urgentTwentyFourHour: (label, phone) => `・${label}：${phone}`,
  urgentTwentyFourHourLabel: '夜間・休日も対応する緊急電話',
  urgentNoTwentyFourHour: (label) =>
    `・留学生支援室には${label}はありません。窓口時間外は、まず現地の日本大使館・総領事館に連絡し、留学生支援室にもメールしてください。`,
  urgentContact: (label, ways, hours, what) =>
    `・${label}：${ways}${hours ? `（${hours}）` : ''}\n  ${what}`,

  staleNotice: (asOf, office) =>
    `※これは${asOf}時点の資料の情報で、その後変更されている可能性があります。応募前に必ず${office.name.ja}（${office.email}）またはホームページで最新の情報を確認してください。`,
  yearNotice: (year, asOf) =>
    `※${year}年の日程は記録にありません。以下は${asOf}時点の表に載っている日付で、${year}年の日付ではありません。`,
  yearNotHeld: (year, asOf) =>
    `${year}年度の日程は資料にありません（資料は${asOf}時点のものです。応募締切は掲示ポスターと国際交流ホームページで随時発表されます）。`,
  passageLead: (title) => `「${title}」より:\n`,

  priceNotHeld: (names) =>
    `資料には${names.join('・')}のことは出てきますが、費用・金額は書かれていません。`,
  notInRecords: (names, topics) =>
    `協定校の記録には、${names.join('、')}の「${topics.length > 0 ? topics.join('・') : 'この点'}」についての情報はありません。`,
  criterionNotInRecords: (topics, office) =>
    `協定校の記録には「${topics.join('・')}」があるかどうかは書かれていないため、下の一覧はその条件では絞り込んでいません。${office.name.ja}にお問い合わせください。`,
  clarifyWhich: (names, more) =>
    `どの協定校のことですか？直前の回答には次の協定校がありました: ${names.join('、')}${more > 0 ? ` ほか${more}校` : ''}。大学名を添えてもう一度聞いてください。`,
  campusMatter: (office) =>
    `それは交換留学の案内（${office.name.ja}）の範囲ではなく、学内の担当窓口（学部の学務係など）へのご相談になります。交換留学についての質問ならお答えします。`,
  falsePremise: (stated) =>
    `「${stated.join('」「')}」という数字は資料にはありません。資料の記載は次のとおりです:`,
  notAPartner: (name, asOf, office) =>
    `「${name}」は協定校一覧（${asOf}時点）に載っていません。一覧にない協定校もあり得るため、${office.name.ja}（${office.email}）に確認してください。`,
  partners: {
    all: '全',
    criteria: criteriaJa,
    headline: (count, criteria, asOf) =>
      `${criteria}協定校は、協定校一覧（${asOf}時点）で${count}校です。`,
    noneMatch: (criteria, asOf) => `協定校一覧（${asOf}時点）には、${criteria}協定校はありません。`,
    line: (index, name, country, reason) =>
      `${index + 1}. ${name}（${country}）${reason ? `— ${reason}` : ''}`,
    nearMiss: '■ あと少しで届かない協定校:',
    otherTestScored: (office) =>
      `■ 別の試験・条件で要件が書かれている協定校（換算の可否は${office.name.ja}が判断します）:`,
    noneStated: '■ 一覧に語学要件の記載がない協定校（要件がないとは限りません）:',
    needsCheck: '■ 条件の比較に確認が必要な協定校:',
    noVerdict: '→ あなたの条件では応募基準に届きません（下記の要件を参照）。',
    whoMayGo: (listed, faculty, level, office) => {
      const who =
        `${faculty ? FACULTY[faculty] : ''}${level === 'graduate' ? 'の大学院生' : level ? 'の学部生' : 'の学生'}`.replace(
          /^の/,
          '',
        );
      if (listed === 'unlimited')
        return '→ 一覧では対象の学部・学年は限られていません（下記の対象を参照）。';
      return listed === 'listed'
        ? `→ ${who}も一覧の対象に含まれています（下記の対象を参照）。`
        : `→ 一覧の対象に${who}は含まれていません（対象は下記）。応募できるかどうかは${office.name.ja}に確認してください。`;
    },
    matchLanguageUnchecked:
      'お知らせの条件は満たします（語学のスコアはお知らせがないため、語学要件は別に満たす必要があります）',
    verdict: (verdict, office) =>
      ({
        match: '応募基準を満たします',
        near_miss: 'あと少し届きません',
        other_test: `要件が別の試験・形式で書かれています（${office.name.ja}の判断）`,
        none_stated: '一覧に語学要件の記載がありません',
        excluded: '応募基準に届きません',
      })[verdict],
    field: {
      language: '語学要件',
      gpa: 'GPA',
      deadline: '出願締切',
      period: '留学期間',
      slots: '人数',
      tuition: '授業料',
      faculty: '対象',
      notes: '備考',
    },
    notInSource: '資料で確認できない点',
    compareHeadline: (fields, asOf) => `協定校一覧（${asOf}時点）の${fields.join('・')}:`,
    compareGaps: '資料で確認できない点があります（全文に記載しています）',
    facultiesUnclear: '（一覧からははっきり読み取れないため、留学生支援室に確認してください）',
    gapJoin: '／',
    reasonJoin: '／',
    lookupTitle: (name, country, region, index) => `${name}（${country}、${region}）[${index + 1}]`,
  },
  reasons: {
    join: '／',
    requirement: (requirement) => `語学: ${requirement}`,
    yearCondition: (condition) => `学年: ${condition}`,
    otherTest: (requirement, label, office) =>
      `要件は ${requirement}（${label}での可否は${office.name.ja}の判断です）`,
    caveats: (parts) => `（${parts.join('、')}）`,
    preferred: '望ましいとされる基準',
    meets: (option, label, score) => `${option}（あなたの ${label} ${score} は基準を満たします）`,
    alternatives: (options) => `。他の方法: ${options.join('、')}`,
    short: (option, gap, alternatives) => `${option} が必要（あと ${gap}）${alternatives}`,
    sectionShort: (option) =>
      `${option} が必要（総合点は満たしますが、セクションの基準を満たしません）`,
    gpaOtherScale: (gpa, office) => `${gpa}（尺度が異なるため${office.name.ja}に確認）`,
    gpaMeets: (entry, gpa) => `${entry}（あなたのGPA ${gpa} は満たします）`,
    gpaShort: (entry, gap) => `${entry} が必要（あと ${gap}）`,
  },

  sourcesHeading: '出典:',
  asOfLabel: '時点',
  caseLabel: '受付番号',
  buttons: { helpful: '役に立った', notHelpful: '役に立たなかった', talkToStaff: '職員に相談' },
  moreRows: (count) => `…ほか${count}校（条件を絞って質問してください）`,
  shortened: '…（長いため省略しました）',
  staffReplyHeading: (office) => `${office.name.ja}からの返信`,
  caseSuffix: (caseId) => `（${caseId}）`,
  terminalStaffReply: (caseId, staff, office) =>
    `【${office.name.ja}より（${caseId}、担当 ${staff}）】`,
  partnerName: (names) => names.nameJa,

  staff: {
    notStaffSlack: '案件を扱えるのは職員チャンネルのメンバーだけです。何も変更していません。',
    notStaffDiscord: '案件を扱えるのは職員ロールのメンバーだけです。何も変更していません。',
    nothingChanged: (reason) => `${reason} 何も変更していません。`,
    replyNotRecorded: '返信を記録できませんでした。',
    done: (caseId, action) =>
      `${caseId}: ${{ claim: '担当しました', resolve: '解決にしました' }[action]}。`,
    cardTitle: (caseId, status): string => `引き継ぎ ${caseId} — ${ja.staff.status[status]}`,
    urgentPrefix: '【緊急】',
    cardFallback: (caseId, status, reason): string =>
      `引き継ぎ ${caseId}（${ja.staff.status[status]}）: ${reason}`,
    reason: (reason): string => ja.staffReason[reason],
    status: { open: '未対応', claimed: '担当あり', answered: '返信済み', resolved: '解決' },
    claim: '担当する',
    resolve: '解決',
    fields: {
      case: '案件',
      status: '状態',
      reason: '理由',
      language: '言語',
      question: '質問',
      assignee: '担当',
      conversation: '会話',
      ruleGiven: '案内済みの決まり',
      opened: '受付日時',
      thread: '学生のスレッド',
    },
    replyInThread: 'このカードのスレッドに返信すると学生に届きます',
    studentThread: '学生のスレッド',
    noThreadLink: (platform) =>
      platform === 'cli'
        ? 'ターミナルのチャットでの質問です。学生が次に desk chat を開いたときに返信が届きます。'
        : 'スレッドへのリンクを作れませんでした。返信は学生に届きます。',
  },
  slackAsk: {
    usage:
      '交換留学について質問できます：`/ask TOEIC450点で応募できる協定校は？` 回答はあなたにだけ表示されます。チャンネルに共有するには `公開` で始めてください：`/ask 公開 ルンド大学の要件は？`',
    askedPublicly: (user, question) => `${user} さんの質問：${question}`,
    notInChannel:
      'このチャンネルに参加していないため、あなたにだけ回答しました。共有するには招待してください（`/invite @exchange-desk`）。',
  },
  reply: {
    moreMatches: (count) => `…ほか${count}校（全体の一覧にあります）`,
    groupNearMiss: (count) => `あと少しで届かない協定校がほかに${count}校あります`,
    groupOtherTest: (count, label, office) =>
      `ほかに${count}校は別の試験や文章で要件が書かれています（${label}での可否は${office.name.ja}の判断です）`,
    groupNoneStated: (count) => `${count}校は一覧に語学要件の記載がありません`,
    groupNeedsCheck: (count, office) => `ほかに${count}校は${office.name.ja}への確認が必要です`,
    staleShort: (asOf) =>
      `※${asOf}時点の情報です。変更の可能性があるため応募前に確認してください。`,
    shortened: '…',
    showAll: 'すべて表示',
    fullAnswerHeading: '回答の全文:',
    fullAnswerGone:
      'この回答の全文はもう保持していません（再起動したため）。もう一度質問してください。',
    terminalMoreHint: '（/more で全文を表示）',
    askFullHint: '（desk ask --full で全文を表示）',
    nothingMore: '直前の回答は省略していません。',
    followUpInDm: (caseId) =>
      `ご相談ありがとうございます。個別にお話しする内容のため、ダイレクトメッセージをお送りしました${caseId ? `（受付番号 ${caseId}）` : ''}。職員がそちらでご連絡します。`,
  },
} satisfies Messages;
