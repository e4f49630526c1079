import { describe, expect, it } from 'vitest';
import { malformedReason } from './event-guard.ts';
import { timestampRefusal } from './receivers.ts';

describe('timestampRefusal', () => {
  const now = Date.UTC(2026, 11, 2, 0, 0, 0);
  const at = (offset: number) => String(Math.floor(now / 1000) + offset);
  it('accepts five minutes either way and refuses beyond, future included', () => {
    expect(timestampRefusal(at(300), now)).toBeNull();
    expect(timestampRefusal(at(-300), now)).toBeNull();
    expect(timestampRefusal(at(301), now)).toMatch(/301 s in the future/);
    expect(timestampRefusal(at(-301), now)).toMatch(/301 s in the past/);
    expect(timestampRefusal(at(86_400), now)).toMatch(/future/);
  });
  it('refuses a missing or non-numeric header', () => {
    expect(timestampRefusal(undefined, now)).toMatch(/no x-slack-request-timestamp/);
    expect(timestampRefusal('soon', now)).toMatch(/no x-slack-request-timestamp/);
    expect(timestampRefusal([at(0)], now)).toBeNull();
  });
});

describe('malformedReason', () => {
  it('passes events, interactions and commands', () => {
    expect(malformedReason({ type: 'event_callback', event: { type: 'message' } })).toBeNull();
    expect(malformedReason({ type: 'block_actions', actions: [] })).toBeNull();
    expect(malformedReason({ command: '/ask', text: '' })).toBeNull();
  });
  it('names what is wrong with the rest', () => {
    expect(malformedReason({ type: 'event_callback', event: null })).toMatch(/event/);
    expect(malformedReason({ type: 'event_callback', event: 'x' })).toMatch(/event/);
    expect(malformedReason({ event: { text: 'no type' } })).toMatch(/event\.type|type/);
    expect(malformedReason([1])).toMatch(/not a JSON object/);
    expect(malformedReason(null)).toMatch(/not a JSON object/);
    expect(malformedReason({ hello: 1 })).toMatch(/neither/);
  });
});
