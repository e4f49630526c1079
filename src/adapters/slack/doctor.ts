/** `desk doctor`'s Slack check: one `auth.test` with the configured token. */
import { WebClient } from '@slack/web-api';

export async function checkSlack(settings: {
  botToken: string;
  apiUrl: string | null;
  staffChannel: string | null;
}): Promise<string> {
  const client = new WebClient(settings.botToken, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 0 },
  });
  const auth = await client.auth.test();
  const cards = settings.staffChannel
    ? ''
    : '; SLACK_STAFF_CHANNEL is not set, so case cards go to the staff inbox file';
  return `ok (bot ${auth.user ?? auth.user_id} in ${auth.team ?? auth.team_id})${cards}`;
}
