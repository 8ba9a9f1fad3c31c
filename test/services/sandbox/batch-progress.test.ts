import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, startSandboxServer } from '../../../electron/main/services/sandbox';
import {
  polishNumber,
  salonRecipients,
  submitSalonBatch,
  TERMINAL_RECIPIENT_STATUSES,
} from './call-fixtures';
import { sdkClient, useSandbox } from './sandbox-harness';

const IN_FLIGHT = ['dispatched', 'initiated', 'in_progress'];

function inFlight(detail: ElevenLabs.BatchCallDetailedResponse): number {
  return detail.recipients.filter((recipient) => IN_FLIGHT.includes(recipient.status)).length;
}

describe('sandbox batch calling: progress over sandbox time', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());
  const getBatch = (id: string) => client().conversationalAi.batchCalls.get(id);

  it('waits for scheduled_time_unix before dialling anyone', async () => {
    const startAt = sandbox().clock.nowUnix() + 3600;
    const batch = await submitSalonBatch(client(), salonRecipients(3), {
      scheduledTimeUnix: startAt,
    });
    expect(batch).toMatchObject({
      status: 'pending',
      scheduledTimeUnix: startAt,
      totalCallsDispatched: 0,
    });

    sandbox().clock.advance(3599);
    const waiting = await getBatch(batch.id);
    expect(waiting.status).toBe('pending');
    expect(waiting.recipients.map((recipient) => recipient.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    expect(waiting.recipients.every((recipient) => recipient.conversationId === undefined)).toBe(
      true,
    );

    sandbox().clock.advance(1);
    const started = await getBatch(batch.id);
    expect(started.status).toBe('in_progress');
    expect(started.totalCallsDispatched).toBe(3);
    expect(started.recipients.map((recipient) => recipient.status)).toEqual([
      'dispatched',
      'dispatched',
      'dispatched',
    ]);
    for (const recipient of started.recipients) {
      expect(recipient.conversationId).toMatch(/^conv_[a-z0-9]{26}$/);
    }
  });

  it('starts at once when the scheduled time has already passed', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(1), {
      scheduledTimeUnix: sandbox().clock.nowUnix() - 600,
    });

    expect(batch.status).toBe('in_progress');
    expect(batch.totalCallsDispatched).toBe(1);
  });

  it('runs to completion, never exceeding target_concurrency_limit', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(12), {
      targetConcurrencyLimit: 3,
    });

    const seen = new Set<string>();
    let peak = 0;
    let detail = await getBatch(batch.id);
    for (let second = 0; second < 600 && detail.status !== 'completed'; second += 1) {
      peak = Math.max(peak, inFlight(detail));
      for (const recipient of detail.recipients) seen.add(recipient.status);
      sandbox().clock.advance(1);
      detail = await getBatch(batch.id);
    }

    expect(detail.status).toBe('completed');
    expect(peak).toBe(3);
    expect([...seen]).toEqual(
      expect.arrayContaining(['pending', 'dispatched', 'initiated', 'in_progress', 'completed']),
    );
    expect(detail.totalCallsDispatched).toBe(12);
    expect(detail.totalCallsFinished).toBe(12);
    for (const recipient of detail.recipients) {
      expect(TERMINAL_RECIPIENT_STATUSES).toContain(recipient.status);
      expect(recipient.conversationId).toBeDefined();
      expect(recipient.updatedAtUnix).toBeGreaterThanOrEqual(recipient.createdAtUnix);
    }
    expect(detail.lastUpdatedAtUnix).toBeGreaterThan(detail.createdAtUnix);
  });

  it('uses a default concurrency when the request names none', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(DEFAULT_CONCURRENCY + 4));

    expect(batch.totalCallsDispatched).toBe(DEFAULT_CONCURRENCY);
    expect(batch.targetConcurrencyLimit).toBeUndefined();
  });

  it('comes out the same whether time moves in one jump or in small steps', async () => {
    const recipients = salonRecipients(10);
    const jumped = await submitSalonBatch(client(), recipients, { targetConcurrencyLimit: 2 });
    sandbox().clock.advance(600);
    const inOneJump = await getBatch(jumped.id);

    sandbox().reset();
    const stepped = await submitSalonBatch(client(), recipients, { targetConcurrencyLimit: 2 });
    for (let i = 0; i < 60; i += 1) {
      sandbox().clock.advance(10);
      await getBatch(stepped.id);
    }
    const inSteps = await getBatch(stepped.id);

    const outcome = (detail: ElevenLabs.BatchCallDetailedResponse) =>
      detail.recipients.map((recipient) => [
        recipient.phoneNumber,
        recipient.status,
        recipient.updatedAtUnix - detail.createdAtUnix,
      ]);
    expect(outcome(inSteps)).toEqual(outcome(inOneJump));
  });

  it('gives realistic, repeatable outcomes: mostly successful, some not', async () => {
    const recipients = salonRecipients(100);
    const first = await submitSalonBatch(client(), recipients, { targetConcurrencyLimit: 100 });
    sandbox().clock.advance(120);
    const done = await getBatch(first.id);

    const count = (status: string) =>
      done.recipients.filter((recipient) => recipient.status === status).length;
    expect(count('completed')).toBeGreaterThanOrEqual(65);
    expect(count('voicemail')).toBeGreaterThan(0);
    expect(count('failed')).toBeGreaterThan(0);

    const verdicts = await Promise.all(
      done.recipients
        .filter((recipient) => recipient.status === 'completed')
        .map(async (recipient) => {
          const conversation = await client().conversationalAi.conversations.get(
            recipient.conversationId ?? '',
          );
          return conversation.analysis?.callSuccessful;
        }),
    );
    const successes = verdicts.filter((verdict) => verdict === 'success').length;
    expect(successes).toBeGreaterThanOrEqual(45);
    expect(successes).toBeLessThanOrEqual(75);
    expect(verdicts).toContain('failure');

    sandbox().reset();
    const again = await submitSalonBatch(client(), recipients, { targetConcurrencyLimit: 100 });
    sandbox().clock.advance(120);
    const repeated = await getBatch(again.id);
    expect(repeated.recipients.map((recipient) => recipient.status)).toEqual(
      done.recipients.map((recipient) => recipient.status),
    );
  });

  it('paces calls to end 9–20 s after dialling, so real time feels alive', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(40), {
      targetConcurrencyLimit: 40,
    });
    const dialledAt = sandbox().clock.nowUnix();

    sandbox().clock.advance(8);
    const early = await getBatch(batch.id);
    expect(early.totalCallsFinished).toBeLessThan(40);

    sandbox().clock.advance(12);
    const late = await getBatch(batch.id);
    expect(late.status).toBe('completed');
    for (const recipient of late.recipients) {
      expect(recipient.updatedAtUnix - dialledAt).toBeLessThanOrEqual(20);
    }
  });
});

describe('sandbox batch calling: time scale', () => {
  it('runs a batch to completion in well under a second at timeScale 100', async () => {
    const server = await startSandboxServer({ timeScale: 100 });
    try {
      const client = sdkClient(server);
      const batch = await submitSalonBatch(client, [{ phoneNumber: polishNumber(7) }]);

      const started = performance.now();
      let detail = await client.conversationalAi.batchCalls.get(batch.id);
      while (detail.status !== 'completed' && performance.now() - started < 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        detail = await client.conversationalAi.batchCalls.get(batch.id);
      }

      expect(detail.status).toBe('completed');
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await server.close();
    }
  });

  it('runs in real time by default', async () => {
    const server = await startSandboxServer();
    try {
      const before = Date.now();
      const now = server.clock.now();
      expect(server.clock.timeScale).toBe(1);
      expect(Math.abs(now - before)).toBeLessThan(1_000);
    } finally {
      await server.close();
    }
  });
});
