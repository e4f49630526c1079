import { describe, expect, it } from 'vitest';
import { discordJumpUrl } from './conversation-ref.ts';

describe('Discord jump URLs for case cards', () => {
  it('link the question a thread hangs from, a channel, or a DM', () => {
    expect(discordJumpUrl('discord:800:810:1445')).toBe(
      'https://discord.com/channels/800/810/1445',
    );
    expect(discordJumpUrl('discord:800:810:810')).toBe('https://discord.com/channels/800/810');
    expect(discordJumpUrl('discord:dm:990')).toBe('https://discord.com/channels/@me/990');
    expect(discordJumpUrl('slack:C1:1.2')).toBeNull();
  });
});
