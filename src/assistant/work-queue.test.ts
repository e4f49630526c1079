import { describe, expect, it } from 'vitest';
import { WorkQueue } from './work-queue.ts';

describe('WorkQueue', () => {
  it('runs at most `concurrency` tasks at once, all of them, and drains', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue(2, (error) => errors.push(error));
    let running = 0;
    let most = 0;
    const done: number[] = [];
    for (let i = 0; i < 10; i++) {
      queue.push(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        if (i === 3) throw new Error('task 3 failed');
        done.push(i);
      });
    }
    expect(queue.size).toBe(10);
    await queue.drain();
    expect(most).toBe(2);
    expect(done.sort((a, b) => a - b)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
    expect(errors).toHaveLength(1);
    expect(queue.size).toBe(0);
    await queue.drain(); // already idle
  });

  it('never runs a task inside push: the listener that queued it returns (and acknowledges) first', async () => {
    const order: string[] = [];
    const queue = new WorkQueue(4, () => {});
    queue.push(async () => void order.push('task'));
    order.push('pushed');
    await queue.drain();
    expect(order).toEqual(['pushed', 'task']);
  });
});
