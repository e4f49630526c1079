/**
 * The answering thread behind the inbox, on the real embedded store: a message whose thread
 * dies twice is given back to the inbox, which answers it later, once (issue 15's guarantee).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInbox } from '../assistant/inbox.ts';
import { openPgliteClient } from '../adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../adapters/store/sql-case-store.ts';
import { silentLogger } from '../domain/ports.ts';
import { testConfig } from '../../test/helpers/runtime.ts';
import { startAnsweringThread, type AnsweringPorts } from './answering-thread.ts';

const HOOK_MS = 180_000;
const QUIET = { logLevel: 'silent' };

describe('answering thread behind the inbox', () => {
  it(
    'gives a message back to the inbox when its thread dies twice; the inbox answers it later, once',
    async () => {
      const config = testConfig();
      const store = await SqlCaseStore.open(
        await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-answering-'))),
      );
      let deaths = 0;
      let reached: (() => void) | null = null;
      const ports: AnsweringPorts = {
        conversations: {
          // The first two attempts stop here and their thread is killed; the third goes on.
          recent: (conversation, limit) => {
            if (deaths >= 2) return store.recent(conversation, limit);
            reached?.();
            return new Promise(() => {});
          },
          append: (conversation, turns) => store.append(conversation, turns),
        },
        handover: {
          open: async (request) => {
            const record = await store.openCase(request, { reuseOpen: true });
            return { caseId: record.id };
          },
        },
        answerLog: store,
        metrics: null,
        logger: silentLogger,
      };
      const thread = await startAnsweringThread(config, ports, QUIET);
      const inbox = createInbox(thread, store, { platform: 'slack', sweepMs: 100 });
      try {
        await inbox.start();
        const eventId = `slack:C7:${Date.now()}`;
        for (let attempt = 0; attempt < 2; attempt++) {
          const inRecent = new Promise<void>((resolve) => (reached = resolve));
          if (attempt === 0)
            expect(
              await inbox.accept(eventId, {
                text: 'What does Lund require?',
                conversation: 'slack:C7:1',
                isPublic: false,
                target: { channel: 'C7', thread: null, react: null, startThread: null },
              }),
            ).toBe('queued');
          await inRecent;
          deaths++;
          await thread.terminateForTest();
        }
        const posted: string[] = [];
        while (posted.length === 0) {
          await store.deliverDue(
            ['student_answer'],
            50,
            async (job) => void posted.push(job.idempotencyKey),
            () => 0,
          );
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(posted).toEqual([`student_answer:${eventId}`]);
        expect(thread.starts).toBe(3);
        expect(await store.recordIncoming(eventId, 'slack', {}, 60_000)).toBe('done');
      } finally {
        await inbox.stop(5000);
        await thread.close();
        await store.close();
      }
    },
    HOOK_MS,
  );
});
