/** 日本語: a list's heading words (keys in messages.ts, CriteriaMessages). */
import type { CriteriaMessages } from './messages.ts';

/** The faculties by name, as the table and students write them. */
export const FACULTY = {
  humanities: '人文学部',
  education: '教育学部',
  engineering: '工学部',
  bioresources: '生物資源学部',
  medicine: '医学部',
} as const;

export const criteriaJa: CriteriaMessages = {
  testAny: (label) => `${label}の基準がある`,
  testScore: (label, score) => `${label} ${score}で応募できる`,
  testCondition: (label, score) => `${label} ${score}が条件の`,
  gpa: (gpa) => `GPA ${gpa}で応募できる`,
  places: (names) => `${names.join('・')}の`,
  outside: (names) => `${names.join('・')}以外の`,
  faculty: (faculty, only) => `${FACULTY[faculty]}の学生${only ? 'だけ' : ''}が対象の`,
  level: (level, only) =>
    `${level === 'graduate' ? '大学院生' : '学部生'}${only ? 'だけ' : ''}が対象の`,
  startMonth: (month) => `${month}月開始の学期がある`,
  deadlineMonth: (month) => `${month}月に締切がある`,
  deadlineDate: (month, day) => `締切が${month}月${day}日の`,
  tuitionWaived: '授業料不徴収の',
  minSlots: (count) => `${count}名以上の枠がある`,
  maxSlots: (count) => `枠が${count}名以下の`,
  exactSlots: (count) => `枠が${count}名の`,
  noLanguageRequirement: '語学要件の記載がない',
  languageStated: '語学要件の記載がある',
  noYearCondition: '学年の条件がない',
  noGpaRequirement: 'GPA要件の記載がない',
  gpaStated: 'GPA要件の記載がある',
  subScoreStated: 'セクションごとの最低点がある',
  nameKind: (kind) => `名前に「${kind}」がある`,
  extreme: (field, order) =>
    ({
      gpa: { low: 'GPAの条件が最も低い', high: 'GPAの条件が最も高い' },
      deadline: { low: '締切が最も早い（暦の順）', high: '締切が最も遅い（暦の順）' },
      slots: { low: '人数が最も少ない', high: '人数が最も多い' },
    })[field][order],
  requiredGpa: (min, max) =>
    min !== null && min === max
      ? `GPA ${min.toFixed(1)}が条件の`
      : min !== null
        ? `GPA要件が${min.toFixed(1)}以上の`
        : `GPA要件が${max!.toFixed(1)}以下の`,
  allFaculties: '全学部が対象の',
  yearCondition: '学年の条件がある',
  withoutTests: (labels) => `${labels.join('・')}がなくても応募できる`,
  withoutLanguages: (names) => `${names.join('・')}が条件でない`,
  languages: (names) => `${names.join('・')}の語学要件がある`,
  quoted: (phrases) => `${phrases.map((p) => `「${p}」`).join('・')}と書かれている`,
  studentYear: (year) => `${year}年生が翌年度に行ける`,
  join: '、',
};
