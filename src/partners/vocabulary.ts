/**
 * The words students use for tests, places, faculties and months, in both languages.
 * Patterns run on NFKC-normalised, lower-cased text.
 */
import type { FacultyId, PartnerField, RegionId, ScoredTest } from './query.ts';

/** Order matters: specific TOEFL variants before plain TOEFL. */
export const TEST_PATTERNS: { test: ScoredTest | 'TOEFL'; pattern: RegExp }[] = [
  {
    test: 'TOEFL_IBT',
    pattern:
      /(?:toefl|トーフル|トフル)\s*[-_ ]?\s*i\s?bt|\bibt\b|internet[- ]based toefl|toefl \(?internet[- ]based\)?/g,
  },
  { test: 'TOEFL_ITP', pattern: /(?:toefl|トーフル|トフル)\s*[-_ ]?\s*itp|\bitp\b/g },
  {
    test: 'TOEFL_PBT',
    pattern:
      /(?:toefl|トーフル|トフル)\s*[-_ ]?\s*pbt|\bpbt\b|paper[- ]based toefl|toefl \(?paper[- ]based\)?|ペーパー版toefl/g,
  },
  { test: 'TOEFL', pattern: /toefl|トーフル|トフル/g },
  { test: 'TOEIC', pattern: /toeic|トーイック|トイック/g },
  { test: 'IELTS', pattern: /ielts|アイエルツ|アイエルエツ/g },
  { test: 'HSK', pattern: /(?:新\s*)?hsk|漢語水平考試|汉语水平考试|中国語検定試験\s*hsk/g },
];

/** Score ranges that make a number plausible for a test (anything else is not its score). */
export const SCORE_RANGE: Record<ScoredTest, [number, number]> = {
  TOEIC: [10, 990],
  TOEFL_IBT: [0, 120],
  TOEFL_PBT: [310, 677],
  TOEFL_ITP: [310, 677],
  IELTS: [1, 9],
  HSK: [1, 6],
};

/** How far below a requirement still counts as a near miss worth mentioning. */
export const NEAR_MISS_MARGIN: Record<ScoredTest, number> = {
  TOEIC: 100,
  TOEFL_IBT: 10,
  TOEFL_PBT: 30,
  TOEFL_ITP: 30,
  IELTS: 0.5,
  HSK: 1,
};

export const TEST_LABEL: Record<ScoredTest, string> = {
  TOEIC: 'TOEIC',
  TOEFL_IBT: 'TOEFL iBT',
  TOEFL_PBT: 'TOEFL PBT',
  TOEFL_ITP: 'TOEFL ITP',
  IELTS: 'IELTS',
  HSK: 'HSK',
};

export const REGION_PATTERNS: { id: RegionId; pattern: RegExp }[] = [
  { id: 'asia', pattern: /アジア|\basian?\b|亜細亜/ },
  { id: 'europe', pattern: /ヨーロッパ|欧州|\beurope(an)?\b|\beu\b/ },
  { id: 'oceania', pattern: /オセアニア|大洋州|\boceania\b|\bpacific\b|南太平洋/ },
  { id: 'africa', pattern: /アフリカ|\bafrican?\b/ },
  {
    id: 'south-america',
    pattern: /南米|中南米|南アメリカ|ラテンアメリカ|\bsouth america(n)?\b|\blatin america(n)?\b/,
  },
  { id: 'north-america', pattern: /北米|北アメリカ|\bnorth america(n)?\b/ },
];

/**
 * Country names beyond the records' own ja/en names. "タイ" alone is checked so that タイミング
 * or ネクタイ do not read as Thailand.
 */
export const COUNTRY_ALIASES: Record<string, RegExp> = {
  US: /\bamerican (partners?|universit|schools?)|アメリカ|米国|\busa\b|\bu\.s\.a?\.?|\bamerica\b|\bunited states\b|\bthe us\b|\bus\b(?= (partner|universit|school))/,
  KR: /韓国|\bkorea\b|\bsouth korea\b|\bkorean\b/,
  CN: /中国|\bchina\b|中華人民共和国|\bchinese (partners?|universit|schools?|institutions?|campus)/,
  TW: /台湾|臺灣|\btaiwan(ese)?\b/,
  TH: /(?<![\u30A0-\u30FF])タイ(?![\u30A0-\u30FF])|\bthailand\b|\bthai (partners?|universit|schools?|institutions?)/,
  ID: /インドネシア|\bindonesia(n)?\b/,
  VN: /ベトナム|\bviet ?nam(ese)?\b/,
  MY: /マレーシア|\bmalaysia(n)?\b/,
  MN: /モンゴル|\bmongolia(n)?\b/,
  UZ: /ウズベキスタン|\buzbekistan\b/,
  BD: /バングラデシュ|\bbangladesh\b/,
  PH: /フィリピン|\bphilippines?\b/,
  AU: /オーストラリア|豪州|\baustralia(n)?\b/,
  FJ: /フィジー|\bfiji(an)?\b/,
  BR: /ブラジル|\bbrazil(ian)?\b/,
  PE: /ペルー|\bperu(vian)?\b/,
  MA: /モロッコ|\bmorocc(o|an)\b/,
  AL: /アルバニア|\balbania(n)?\b/,
  GR: /ギリシャ|ギリシア|\bgreece\b|\bgreek\b/,
  SE: /スウェーデン|\bsweden\b|\bswedish\b/,
  ES: /スペイン|\bspain\b|\bspanish (partners?|universit|schools?)/,
  DE: /ドイツ|\bgermany\b|\bgerman (partners?|universit|schools?)/,
  FR: /フランス|\bfrance\b|\bfrench (partners?|universit|schools?)/,
  GB: /イギリス|英国|\bu\.?k\.?\b|\bunited kingdom\b|\bengland\b|\bbritain\b|\bbritish (partners?|universit)/,
  RU: /ロシア|\brussia(n)?\b/,
};

export const FACULTY_PATTERNS: { id: FacultyId; pattern: RegExp }[] = [
  { id: 'humanities', pattern: /人文|法律|経済学部|\bhumanities\b|\blaw\b|\beconomics\b/ },
  { id: 'education', pattern: /教育学部|\beducation\b/ },
  { id: 'engineering', pattern: /工学|\bengineering\b/ },
  { id: 'bioresources', pattern: /生物資源|農学|\bbioresources?\b|\bagricultur/ },
  { id: 'medicine', pattern: /医学部|看護|\bmedicine\b|\bmedical\b|\bnursing\b/ },
];

export const GRADUATE =
  /大学院|院生|修士|博士|\bgraduate\b|\bgrad\b|\bmaster'?s?\b|\bph\.?d\b|\bpostgrad/;
export const UNDERGRADUATE = /学部生|\d年生|\bundergrad(uate)?s?\b|\bbachelor'?s?\b/;

export const FIELD_PATTERNS: { field: PartnerField; pattern: RegExp }[] = [
  {
    field: 'language',
    pattern:
      /語学|言語|要件|条件|基準|何点|スコア|\brequire|\brequirement|\bneed|\bscore|\blanguage|\beligib/,
  },
  {
    field: 'deadline',
    pattern:
      /締切|締め切り|〆切|しめきり|期限|いつまで|\bdeadline|\bdue\b|\bapply by|\bclos(e|ing) date/,
  },
  { field: 'gpa', pattern: /gpa|成績/ },
  {
    field: 'slots',
    pattern: /人数|枠|定員|何人|何名|\bslots?\b|\bplaces\b|\bhow many (students|people)|\bquota\b/,
  },
  {
    field: 'period',
    pattern:
      /期間|学期|いつから|\bsemesters?\b|\bterms?\b|\bperiods?\b|\bwhen (does|do|will) .*(start|begin)/,
  },
  { field: 'tuition', pattern: /授業料|学費|\btuition\b|\bfees?\b/ },
  {
    field: 'faculty',
    pattern:
      /対象学部|対象学年|どの学部|学年|何年生|\bfacult(y|ies)\b|\bwho can (apply|go)|\byear (level|students)|\bwhich year/,
  },
  { field: 'notes', pattern: /備考|注意|\bnotes?\b|語学コース|\blanguage course/ },
];

export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const TUITION_WAIVED =
  /授業料(が|は)?(不徴収|免除|無料|かからない|いらない|不要|払わな)|学費(が|は)?(かからない|無料|免除|不要)|tuition[- ]?(free|waived|exempt)|(no|free|without|waived) tuition|don'?t (have to )?pay tuition/;

export const NO_LANGUAGE_REQUIREMENT =
  /語学の?(要件|条件|基準|試験|スコア)(が|は|の)?(ない|無い|なし|不要|いらない)|(スコア|語学試験|英語の?試験)(なし|無し|不要|がなくても|なくても)|no (language|english) (requirement|test|score)|without (a |any )?(language|english|toeic|toefl|ielts)? ?(test|score|requirement)|don'?t have (a |any )?(test |language |toeic |toefl |ielts )?score/;

/** Words that make a question about partners rather than about the guide. */
export const PARTNER_WORDS =
  /協定校|協定大学|交換留学先|留学先|提携校|派遣先|大学|行ける|行けます|いける|応募できる|出願できる|partner|universit|school|institution|where can i (go|study|apply)|which (ones|places)|destinations?|\baccept|\bqualify|\beligible/;

/**
 * Countries students ask about that have no partner in the table, so "partners in Canada?"
 * gets a plain "none" instead of an unrelated answer.
 */
export const OTHER_COUNTRIES: { code: string; ja: string; en: string; pattern: RegExp }[] = [
  { code: 'CA', ja: 'カナダ', en: 'Canada', pattern: /カナダ|\bcanada\b|\bcanadian\b/ },
  {
    code: 'NZ',
    ja: 'ニュージーランド',
    en: 'New Zealand',
    pattern: /ニュージーランド|\bnew zealand\b/,
  },
  { code: 'IT', ja: 'イタリア', en: 'Italy', pattern: /イタリア|\bitaly\b|\bitalian\b/ },
  {
    code: 'NL',
    ja: 'オランダ',
    en: 'the Netherlands',
    pattern: /オランダ|\bnetherlands\b|\bholland\b|\bdutch\b/,
  },
  { code: 'FI', ja: 'フィンランド', en: 'Finland', pattern: /フィンランド|\bfinland\b/ },
  { code: 'NO', ja: 'ノルウェー', en: 'Norway', pattern: /ノルウェー|\bnorway\b/ },
  { code: 'DK', ja: 'デンマーク', en: 'Denmark', pattern: /デンマーク|\bdenmark\b/ },
  { code: 'CH', ja: 'スイス', en: 'Switzerland', pattern: /スイス|\bswitzerland\b/ },
  { code: 'AT', ja: 'オーストリア', en: 'Austria', pattern: /オーストリア|\baustria\b/ },
  { code: 'IE', ja: 'アイルランド', en: 'Ireland', pattern: /アイルランド|\bireland\b/ },
  {
    code: 'IN',
    ja: 'インド',
    en: 'India',
    pattern: /(?<![\u30A0-\u30FF])インド(?!ネシア)|\bindia\b/,
  },
  { code: 'SG', ja: 'シンガポール', en: 'Singapore', pattern: /シンガポール|\bsingapore\b/ },
  { code: 'HK', ja: '香港', en: 'Hong Kong', pattern: /香港|\bhong kong\b/ },
  { code: 'MX', ja: 'メキシコ', en: 'Mexico', pattern: /メキシコ|\bmexico\b/ },
  { code: 'EG', ja: 'エジプト', en: 'Egypt', pattern: /エジプト|\begypt\b/ },
];

/** Things students ask about a partner that the partner table never records. */
export const OFF_RECORD_TOPIC =
  /寮|家賃|住居|宿舎|アパート|ホームステイ|wi-?fi|ネット環境|空港|迎え|送迎|pick ?up|\brent\b|housing|\bdorms?\b|dormitor|accommodation|associations?\b|サークル|クラブ|\bclubs?\b|航空券|飛行機|\bflights?\b|\btickets?\b|英語で(受け|開講|授業|学べ)|taught in english|(classes|courses|lectures) (are |be )?in english|english[- ]taught|食事|食堂|\bmeals?\b|アルバイト|part[- ]time job|治安|気候|\bweather\b|物価|cost of living|生活費/i;
