/** Acknowledgements first: deferred work waits while events are being acknowledged, never for long. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterAcknowledgements, InFlight, trackEvents } from './lifecycle.ts';

describe('afterAcknowledgements', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return () => done;
  };

  it('goes at once when no event is being received', async () => {
    const done = settled(afterAcknowledgements(new InFlight()));
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(true);
  });

  it('waits while events are received, and goes once they are acknowledged', async () => {
    const inFlight = new InFlight();
    inFlight.receiving = 3;
    const done = settled(afterAcknowledgements(inFlight, 1000));
    await vi.advanceTimersByTimeAsync(200);
    expect(done()).toBe(false);
    inFlight.receiving = 0;
    await vi.advanceTimersByTimeAsync(40);
    expect(done()).toBe(true);
  });

  it('never waits longer than its limit, whatever keeps arriving', async () => {
    const inFlight = new InFlight();
    inFlight.receiving = 50;
    const done = settled(afterAcknowledgements(inFlight, 500));
    await vi.advanceTimersByTimeAsync(480);
    expect(done()).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(done()).toBe(true);
  });
});

describe('trackEvents', () => {
  it('counts an event as being received until its processing (and acknowledgement) is done', async () => {
    let finish: () => void = () => {};
    const app = {
      processEvent: () => new Promise<void>((resolve) => (finish = resolve)),
    } as unknown as Parameters<typeof trackEvents>[0];
    const inFlight = new InFlight();
    trackEvents(app, inFlight);
    const processing = app.processEvent({} as never);
    expect(inFlight.receiving).toBe(1);
    finish();
    await processing;
    await Promise.resolve();
    expect(inFlight.receiving).toBe(0);
    expect(inFlight.size).toBe(0);
  });
});
