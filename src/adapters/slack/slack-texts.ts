/**
 * Sentences students read that only the Slack adapter says, English and Japanese side by side
 * so they can move into the messages catalogue as they are.
 */
import type { Lang } from '../../domain/types.ts';

const TEXTS = {
  askUsage: {
    en: 'Ask a question about exchange study: `/ask Which partners accept TOEIC 450?` Only you see the answer. To share it with the channel, start with `public`: `/ask public What does Lund require?`',
    ja: '交換留学について質問できます：`/ask TOEIC450点で応募できる協定校は？` 回答はあなたにだけ表示されます。チャンネルに共有するには `公開` で始めてください：`/ask 公開 ルンド大学の要件は？`',
  },
  askedPublicly: {
    en: '<@USER> asked: QUESTION',
    ja: '<@USER> さんの質問：QUESTION',
  },
  notInChannel: {
    en: 'I am not a member of this channel, so I answered only you. Invite me (`/invite @exchange-desk`) to share answers here.',
    ja: 'このチャンネルに参加していないため、あなたにだけ回答しました。共有するには招待してください（`/invite @exchange-desk`）。',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export function slackText(key: keyof typeof TEXTS, lang: Lang, fill: Record<string, string> = {}): string {
  let text: string = TEXTS[key][lang];
  for (const [name, value] of Object.entries(fill)) text = text.split(name).join(value);
  return text;
}
