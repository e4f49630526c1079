import { describe, expect, it } from 'vitest';
import { studentText } from './message-subtypes.ts';

const base = {
  type: 'message',
  channel: 'D0S',
  user: 'U0S',
  ts: '1.1',
  text: 'When is the deadline?',
  channel_type: 'im',
};

describe('studentText', () => {
  it('answers plain messages and the subtypes that carry the student’s words', () => {
    expect(studentText(base)?.text).toBe('When is the deadline?');
    for (const subtype of ['thread_broadcast', 'file_share', 'me_message'])
      expect(studentText({ ...base, subtype })).not.toBeNull();
    expect(studentText({ ...base, subtype: 'thread_broadcast', thread_ts: '0.9' })?.threadTs).toBe(
      '0.9',
    );
  });

  it('ignores edits, deletions, joins, bots and empty text', () => {
    for (const subtype of [
      'message_changed',
      'message_deleted',
      'channel_join',
      'bot_message',
      'channel_topic',
    ])
      expect(studentText({ ...base, subtype })).toBeNull();
    expect(studentText({ ...base, bot_id: 'B1' })).toBeNull();
    expect(studentText({ ...base, subtype: 'file_share', text: '' })).toBeNull();
    expect(studentText({ ...base, user: undefined })).toBeNull();
  });
});
