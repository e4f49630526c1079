import { describe, expect, it } from 'vitest';
import { cardLink, channelOf, threadLink } from './thread-links.ts';

describe('thread links', () => {
  it('link Slack threads and DMs, Discord threads and DMs; terminal has none', () => {
    expect(threadLink('slack:C0EXCHANGE:1763800000.000100')).toBe(
      'https://slack.com/archives/C0EXCHANGE/p1763800000000100',
    );
    expect(threadLink('slack:D0DM')).toBe('https://slack.com/app_redirect?channel=D0DM');
    expect(threadLink('discord:800:801:802')).toBe('https://discord.com/channels/800/802');
    expect(threadLink('discord:dm:900')).toBe('https://discord.com/channels/@me/900');
    expect(threadLink('cli:abc')).toBeNull();
    expect(channelOf('cli:abc')).toBe('terminal');
  });

  it('link the staff card', () => {
    expect(
      cardLink(
        {
          caseId: 'EX-0001',
          platform: 'slack',
          channel: 'C0STAFF',
          messageId: '1763900001.000100',
        },
        'slack:C1:1.2',
      ),
    ).toBe('https://slack.com/archives/C0STAFF/p1763900001000100');
    expect(
      cardLink(
        { caseId: 'EX-0001', platform: 'discord', channel: '5', messageId: '6' },
        'discord:800:801:802',
      ),
    ).toBe('https://discord.com/channels/800/5/6');
    expect(cardLink(null, 'slack:C1')).toBeNull();
  });
});
