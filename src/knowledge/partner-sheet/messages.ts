/**
 * Every sentence the partner-sheet import and export say to staff, in Japanese and English
 * side by side (to move into the messages catalogue as one block).
 */
export interface Said {
  ja: string;
  en: string;
}
export type SheetLang = keyof Said;

const say = (ja: string, en: string): Said => ({ ja, en });

export const sheetMessages = {
  required: () => say('必須の項目です（空欄）', 'this column is required (the cell is empty)'),
  notANumber: (text: string) => say(`「${text}」は数値として読めません`, `"${text}" is not a number`),
  slots: (text: string) =>
    say(`「${text}」は人数として読めません。数字で書くか、空欄にして備考に説明を書いてください`, `"${text}" is not a number of places; write a number, or leave it empty and explain in the notes`),
  unknownTest: (segment: string, suggestion: string | null) =>
    say(
      `「${segment}」は語学要件として読めません${suggestion ? `（${suggestion} の誤記？）` : ''}。書き方の例: TOEIC 450点以上 / TOEFL iBT 61以上 / IELTS 6.0（各5.5以上）/ HSK 4級以上 / CEFR B2（ドイツ語）/ 英語が堪能であること`,
      `"${segment}" is not a language requirement the import can read${suggestion ? ` (did you mean ${suggestion}?)` : ''}. Examples: TOEIC 450点以上 / TOEFL iBT 61以上 / IELTS 6.0 (各5.5以上) / HSK 4級以上 / CEFR B2 (ドイツ語) / 英語が堪能であること`,
    ),
  noScore: (test: string, segment: string) => say(`「${segment}」: ${test} の点数がありません`, `"${segment}": no ${test} score is given`),
  scoreOutOfRange: (test: string, score: number) => say(`${test} ${score} はあり得ない点数です`, `${test} ${score} is not a possible score`),
  unknownLanguage: (word: string) => say(`言語「${word}」を認識できません`, `the language "${word}" is not one the import knows`),
  cefrLanguage: (segment: string) =>
    say(`「${segment}」: CEFR の言語を書いてください（例: CEFR B1（ドイツ語））`, `"${segment}": name the language of the CEFR level, e.g. CEFR B1 (ドイツ語)`),
  gpa: (segment: string) => say(`「${segment}」は GPA として読めません（例: GPA2.5以上、2.8/10以上、大学院生: 3.0以上）`, `"${segment}" is not a GPA the import can read (e.g. GPA2.5以上, 2.8/10以上, 大学院生: 3.0以上)`),
  gpaScale: (min: number) => say(`GPA ${min} は4点満点を超えています。満点を書いてください（例: ${min}/10以上）`, `GPA ${min} is above 4: give the scale (e.g. ${min}/10以上)`),
  date: (segment: string) => say(`「${segment}」は日付として読めません（例: 2026/5/30、5月30日、随時）`, `"${segment}" is not a date the import can read (e.g. 2026/5/30, 5月30日, 随時)`),
  impossibleDate: (month: number, day: number) => say(`${month}月${day}日という日付はありません`, `there is no date ${month}/${day}`),
  period: (segment: string) => say(`「${segment}」は留学期間として読めません（例: 前期 9月～2月 / 後期 3月～8月）`, `"${segment}" is not a study period the import can read (e.g. 前期 9月～2月 / 後期 3月～8月)`),
  periodTerm: () => say('留学期間が複数あるときは、それぞれに学期名（前期・後期・1学期…）を付けてください', 'when there are several study periods, label each with its term (前期, 後期, 1学期...)'),
  asOf: (text: string) => say(`「${text}」は時点として読めません（例: 2026/11、2026年11月、2026/11/30）`, `"${text}" is not an as-of date the import can read (e.g. 2026/11, 2026年11月, 2026/11/30)`),
  asOfMissing: () => say('時点が空欄です。入力するか --as-of YYYY-MM を指定してください', 'the as-of date is empty: fill it in or pass --as-of YYYY-MM'),
  faculty: (word: string) => say(`学部「${word}」を認識できません（全学部、または 人文学部・教育学部・医学部・工学部・生物資源学部… の並び）`, `the faculty "${word}" is not one the import knows (全学部, or a list such as 人文学部・教育学部・医学部・工学部・生物資源学部)`),
  level: (text: string) => say(`「${text}」は対象学生として読めません（学部生 / 大学院生 / 学部生・大学院生 / 空欄）。学年などの条件は備考へ`, `"${text}" is not a student level the import can read (学部生 / 大学院生 / 学部生・大学院生 / empty); put conditions such as a year of study in the notes`),
  region: (text: string, suggestion: string | null) => say(`地域「${text}」を認識できません${suggestion ? `（${suggestion}？）` : ''}`, `the region "${text}" is not one of the six regions${suggestion ? ` (did you mean ${suggestion}?)` : ''}`),
  countryCode: (text: string) => say(`国コード「${text}」は ISO の2文字ではありません（例: ID、SE）`, `the country code "${text}" is not an ISO two-letter code (e.g. ID, SE)`),
  tuition: (text: string) => say(`「${text}」は授業料として読めません（不徴収 / 徴収 / 空欄）`, `"${text}" is not a tuition value the import can read (不徴収 / 徴収 / empty)`),
  id: (text: string) => say(`ID「${text}」は英小文字・数字・ハイフンで書いてください`, `the id "${text}" must be lower-case letters, digits and hyphens`),
  pairedLines: (ja: number, en: number) => say(`日本語が${ja}行、英語が${en}行です。1行ずつ対になるように書いてください`, `${ja} Japanese line(s) but ${en} English line(s): write them in pairs, one per line`),
  duplicate: (id: string, firstRow: number) => say(`ID「${id}」は ${firstRow} 行目と重複しています`, `the id "${id}" repeats row ${firstRow}`),
  noHeader: () => say('見出し行が見つかりません（ID、大学名、大学名（英語）… の行）', 'no header row was found (a row with ID, 大学名, Name (English) ...)'),
  missingColumns: (names: string) => say(`必須の列がありません: ${names}`, `required columns are missing: ${names}`),
  notUtf8: () => say('CSV が UTF-8 ではありません。Excel では「CSV UTF-8（コンマ区切り）」で保存してください', 'the CSV is not UTF-8; in Excel save it as "CSV UTF-8 (Comma delimited)"'),
  noRows: () => say('データ行がありません', 'the sheet has no data rows'),
  where: (row: number, column: string) => say(`${row}行目 列「${column}」`, `row ${row}, column ${column}`),
  whereRow: (row: number) => say(`${row}行目`, `row ${row}`),
};

/** The reviewed diff and the command's own lines. */
export const diffMessages = {
  header: (file: string, sheet: string, rows: number) => say(`${file}（シート「${sheet}」）: ${rows}行を読みました`, `${file} (sheet ${sheet}): ${rows} row(s) read`),
  summary: (added: number, removed: number, changed: number, redated: number) =>
    say(`追加 ${added}校、削除 ${removed}校、変更 ${changed}校、時点のみ更新 ${redated}校`, `${added} added, ${removed} removed, ${changed} changed, ${redated} re-dated only`),
  added: () => say('追加:', 'Added:'),
  removed: () => say('削除（シートにない協定校）:', 'Removed (not in the sheet):'),
  changed: () => say('変更:', 'Changed:'),
  redated: (from: string, to: string, count: number) =>
    say(`時点のみ更新（${from} → ${to}、ほかの変更なし）: ${count}校`, `Re-dated only (as of ${from} → ${to}, nothing else changed): ${count} partner(s)`),
  row: (row: number) => say(`${row}行目`, `row ${row}`),
  empty: () => say('（空欄）', '(empty)'),
  noChanges: (file: string) => say(`${file}: 変更はありません。何も書き込みませんでした。`, `${file}: no changes. Nothing was written.`),
  ignoredColumn: (header: string, letter: string, suggestion: string | null) =>
    say(`列 ${letter}「${header}」は読み込みません${suggestion ? `（「${suggestion}」のつもり？）` : ''}`, `column ${letter} "${header}" is not in the layout and is ignored${suggestion ? ` (did you mean ${suggestion}?)` : ''}`),
  failed: (count: number) => say(`${count}件の問題があります。何も書き込みませんでした（良い行だけ書き込むには --partial）。`, `${count} problem(s); nothing was written (--partial writes the good rows).`),
  partialSkipped: (count: number) => say(`問題のある${count}行は読み飛ばし、既存の記録をそのまま残します。`, `${count} row(s) with problems are skipped; their existing records are kept as they are.`),
  confirm: () => say('この内容で knowledge/partners.yaml を更新しますか？ [y/N] ', 'Write these changes to knowledge/partners.yaml? [y/N] '),
  needsYes: () => say('書き込むには --yes を付けるか、端末で実行して確認してください。何も書き込みませんでした。', 'Nothing was written: pass --yes, or run it in a terminal to confirm.'),
  declined: () => say('取り消しました。何も書き込みませんでした。', 'Cancelled; nothing was written.'),
  written: (path: string, count: number, asOf: string) => say(`${path} に${count}校を書き込みました（時点 ${asOf}）。`, `Wrote ${count} partner(s) to ${path} (as of ${asOf}).`),
  exported: (path: string, count: number) => say(`${path} に${count}校を書き出しました。`, `Exported ${count} partner(s) to ${path}.`),
  template: (path: string) => say(`${path} にテンプレートを書き出しました。`, `Wrote the template to ${path}.`),
};
