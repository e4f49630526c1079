/**
 * Every sentence staff read in the console, English and Japanese side by side with the same
 * keys (the type makes a missing translation a compile error). Moves to src/messages/ when
 * that catalogue exists.
 */
const en = {
  product: 'Exchange Desk — staff',
  skip: 'Skip to content',
  nav: { inbox: 'Inbox', drafts: 'FAQ drafts', gaps: 'Unanswered questions', numbers: 'Numbers', replies: 'Saved replies', signOut: 'Sign out', language: 'Language' },
  signIn: {
    title: 'Staff sign-in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'Wrong email or password.',
    notSetUp: 'This account has no password yet: use the sign-in link from `desk staff add`.',
    locked: (until: string) => `Too many wrong passwords: this account is locked until ${until}.`,
    limited: (seconds: number) => `Too many attempts from this address. Try again in ${Math.ceil(seconds / 60)} min.`,
    expired: 'Please sign in.',
    welcomeTitle: 'Set your password',
    welcomeIntro: (email: string) => `Choose a password for ${email} (at least 12 characters).`,
    newPassword: 'New password',
    confirm: 'Repeat the password',
    setPassword: 'Set password and sign in',
    tooShort: 'The password needs at least 12 characters.',
    mismatch: 'The two passwords differ.',
    badLink: 'This sign-in link is unknown, used or expired. Ask for a new one (desk staff add EMAIL).',
  },
  forbidden: 'The form was stale or forged (security token mismatch). Nothing was changed; reload the page and try again.',
  status: { open: 'New', claimed: 'Claimed', answered: 'Waiting for the student', resolved: 'Resolved', active: 'All open' },
  inbox: {
    title: 'Inbox',
    search: 'Search questions or case numbers',
    searchButton: 'Search',
    filter: 'Status',
    empty: 'No cases here.',
    columns: { id: 'Case', status: 'Status', reason: 'Reason', channel: 'Channel', question: 'Question', age: 'Age', opened: 'Opened', assignee: 'Assignee' },
  },
  reason: {
    credit_transfer: 'Credit transfer', late_application: 'Late application', selection_chances: 'Selection chances', eligibility_exception: 'Eligibility exception',
    leave_of_absence: 'Leave of absence', financial_hardship: 'Financial hardship', visa: 'Visa', emergency: 'Emergency', complaint: 'Complaint',
    wants_person: 'Asked for a person', not_found: 'Not in the sources', not_helpful: 'Answer not helpful',
  } as Record<string, string>,
  channel: { slack: 'Slack', discord: 'Discord', terminal: 'Terminal' } as Record<string, string>,
  case: {
    conversation: 'Conversation', question: 'Question', ruleGiven: 'What the assistant already said', history: 'History', notes: 'Private notes (never sent to the student)',
    openThread: (channel: string) => `Open the thread in ${channel}`, openCard: 'Open the staff card', student: 'Student', assistant: 'Assistant',
    act: 'Work this case', claim: 'Claim', reply: 'Reply to the student', replyHint: 'Sent to the student’s thread as the office’s reply, exactly once.', send: 'Send reply',
    savedReplies: 'Insert a saved reply', insert: 'Insert', resolve: 'Resolve', resolveFaq: 'Resolve and turn the answer into an FAQ draft',
    addNote: 'Add note', note: 'Note', noNotes: 'No notes yet.', lang: 'Student language', assignee: 'Assignee', nobody: 'nobody',
    events: { opened: 'opened', claimed: 'claimed', reply: 'replied', resolved: 'resolved', reopened: 'reopened' } as Record<string, string>,
    replied: 'The reply is queued for the student’s thread.', claimed: 'You claimed this case.', resolved: 'Resolved.', draftWritten: (id: string) => `FAQ draft ${id} written.`,
    noted: 'Note added.', notFound: 'No such case.', reopen: 'Reopen',
  },
  drafts: {
    title: 'FAQ drafts', empty: 'No drafts. Resolve a case with “turn into an FAQ draft”, or start one from an unanswered question.',
    ready: 'ready to promote', edit: 'Edit', save: 'Save draft', promote: 'Promote into the FAQ', saved: 'Draft saved.',
    promoted: (id: string) => `${id} is now in faq.yaml. \`desk ask\` answers from it at once; restart desk serve for the chat channels.`,
    refused: 'Promotion refused: the knowledge check would fail. faq.yaml is unchanged.', questionJa: 'Question (Japanese)', answerJa: 'Answer (Japanese)',
    questionEn: 'Question (English)', answerEn: 'Answer (English)', keywords: 'Keywords (comma-separated)', source: 'Source', asOf: 'As of', invalid: 'The draft is not valid:',
  },
  gaps: {
    title: 'Questions the assistant could not answer', intro: 'Questions that ended “not found” or were marked “not helpful”, grouped by wording.',
    empty: 'None so far.', times: 'Times', kinds: { not_found: 'not found', not_helpful: 'not helpful' } as Record<string, string>, last: 'Last asked', start: 'Start an FAQ draft',
  },
  numbers: {
    title: 'Numbers', perDay: 'Questions per day (last 30 days)', perRoute: 'Questions by route', handoverRate: 'Handover rate by reason', medianReply: 'Median time to first staff reply',
    minutes: (m: number) => `${m} min`, feedback: 'Feedback', helpful: 'Helpful', notHelpful: 'Not helpful', questions: 'Questions', evalTitle: 'Latest eval report',
    noEval: 'No eval report yet (run `npx desk eval`).', evalScope: 'Scope', passRate: 'Pass rate', routeAccuracy: 'Route accuracy', fabricated: 'Fabricated answers', none: '–',
    share: 'Share of questions', count: 'Count', generated: (at: string) => `Report of ${at}`,
  },
  savedReplies: { title: 'Saved replies', add: 'Add a saved reply', name: 'Title', body: 'Text', lang: 'Language', remove: 'Delete', empty: 'No saved replies yet.', added: 'Saved.' },
  refused: (message: string) => `Refused: ${message} Nothing was changed.`,
};

type Words = typeof en;

const ja: Words = {
  product: 'Exchange Desk — 職員用',
  skip: '本文へ移動',
  nav: { inbox: '受信箱', drafts: 'FAQ下書き', gaps: '回答できなかった質問', numbers: '数値', replies: '定型文', signOut: 'サインアウト', language: '言語' },
  signIn: {
    title: '職員サインイン',
    email: 'メールアドレス',
    password: 'パスワード',
    submit: 'サインイン',
    wrong: 'メールアドレスまたはパスワードが違います。',
    notSetUp: 'このアカウントにはまだパスワードがありません。`desk staff add` のサインイン用リンクを使ってください。',
    locked: (until: string) => `パスワードの誤りが多すぎるため、このアカウントは ${until} までロックされています。`,
    limited: (seconds: number) => `このアドレスからの試行が多すぎます。${Math.ceil(seconds / 60)}分後にもう一度お試しください。`,
    expired: 'サインインしてください。',
    welcomeTitle: 'パスワードの設定',
    welcomeIntro: (email: string) => `${email} のパスワードを決めてください（12文字以上）。`,
    newPassword: '新しいパスワード',
    confirm: 'パスワード（確認）',
    setPassword: 'パスワードを設定してサインイン',
    tooShort: 'パスワードは12文字以上にしてください。',
    mismatch: '2つのパスワードが一致しません。',
    badLink: 'このサインイン用リンクは無効か、使用済みか、期限切れです。新しいリンクを発行してください（desk staff add EMAIL）。',
  },
  forbidden: 'フォームが古いか偽造されています（セキュリティトークン不一致）。何も変更していません。ページを再読み込みしてやり直してください。',
  status: { open: '新規', claimed: '対応中', answered: '学生の返事待ち', resolved: '解決済み', active: '未解決すべて' },
  inbox: {
    title: '受信箱',
    search: '質問文またはケース番号で検索',
    searchButton: '検索',
    filter: '状態',
    empty: 'ケースはありません。',
    columns: { id: 'ケース', status: '状態', reason: '理由', channel: 'チャネル', question: '質問', age: '経過', opened: '受付', assignee: '担当' },
  },
  reason: {
    credit_transfer: '単位認定', late_application: '期限後の申請', selection_chances: '選考の見込み', eligibility_exception: '応募資格の例外',
    leave_of_absence: '休学', financial_hardship: '経済的困難', visa: 'ビザ', emergency: '緊急', complaint: '苦情',
    wants_person: '職員との対話を希望', not_found: '資料に記載なし', not_helpful: '回答が役に立たなかった',
  },
  channel: { slack: 'Slack', discord: 'Discord', terminal: 'ターミナル' },
  case: {
    conversation: '会話', question: '質問', ruleGiven: 'アシスタントが既に伝えた内容', history: '履歴', notes: '内部メモ（学生には送られません）',
    openThread: (channel: string) => `${channel}でスレッドを開く`, openCard: '職員用カードを開く', student: '学生', assistant: 'アシスタント',
    act: '対応', claim: '担当する', reply: '学生への返信', replyHint: '留学生支援室からの返信として学生のスレッドに一度だけ送られます。', send: '返信を送る',
    savedReplies: '定型文を挿入', insert: '挿入', resolve: '解決にする', resolveFaq: '解決にして回答をFAQ下書きにする',
    addNote: 'メモを追加', note: 'メモ', noNotes: 'メモはまだありません。', lang: '学生の言語', assignee: '担当', nobody: 'なし',
    events: { opened: '受付', claimed: '担当', reply: '返信', resolved: '解決', reopened: '再開' },
    replied: '返信を学生のスレッドへの送信待ちに入れました。', claimed: 'このケースを担当しました。', resolved: '解決にしました。', draftWritten: (id: string) => `FAQ下書き ${id} を作成しました。`,
    noted: 'メモを追加しました。', notFound: 'そのケースはありません。', reopen: '再開する',
  },
  drafts: {
    title: 'FAQ下書き', empty: '下書きはありません。ケースを「FAQ下書きにする」で解決するか、回答できなかった質問から作成してください。',
    ready: '公開できます', edit: '編集', save: '下書きを保存', promote: 'FAQに公開', saved: '下書きを保存しました。',
    promoted: (id: string) => `${id} を faq.yaml に追加しました。\`desk ask\` はすぐにこれを使って回答します。チャットでは desk serve の再起動後に反映されます。`,
    refused: '公開できません。knowledge check が失敗するためです。faq.yaml は変更していません。', questionJa: '質問（日本語）', answerJa: '回答（日本語）',
    questionEn: '質問（英語）', answerEn: '回答（英語）', keywords: 'キーワード（カンマ区切り）', source: '出典', asOf: '時点', invalid: '下書きが不正です:',
  },
  gaps: {
    title: 'アシスタントが回答できなかった質問', intro: '「見つからない」で終わった質問と「役に立たなかった」と評価された質問を、文面ごとにまとめています。',
    empty: 'まだありません。', times: '回数', kinds: { not_found: '見つからない', not_helpful: '役に立たない' }, last: '最後の質問', start: 'FAQ下書きを作る',
  },
  numbers: {
    title: '数値', perDay: '1日あたりの質問数（過去30日）', perRoute: 'ルート別の質問数', handoverRate: '理由別の引き継ぎ率', medianReply: '職員の最初の返信までの時間（中央値）',
    minutes: (m: number) => `${m}分`, feedback: '評価', helpful: '役に立った', notHelpful: '役に立たなかった', questions: '質問数', evalTitle: '最新の評価レポート',
    noEval: '評価レポートはまだありません（`npx desk eval` を実行）。', evalScope: '範囲', passRate: '合格率', routeAccuracy: 'ルート正答率', fabricated: '捏造された回答', none: '–',
    share: '質問に占める割合', count: '件数', generated: (at: string) => `${at} のレポート`,
  },
  savedReplies: { title: '定型文', add: '定型文を追加', name: '題名', body: '本文', lang: '言語', remove: '削除', empty: '定型文はまだありません。', added: '保存しました。' },
  refused: (message: string) => `できませんでした: ${message} 何も変更していません。`,
};

export const WORDS: Record<'ja' | 'en', Words> = { en, ja };
export type { Words };
