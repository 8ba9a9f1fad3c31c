import { describe, expect, it } from 'vitest';
import { buildBatchRequests, summarizeLaunch } from '../../../shared/domain/launch';
import { planCallingWindows } from '../../../shared/domain/scheduling';
import { at, planInput } from '../scheduling/plan-fixtures';
import { agent, draft, person } from './launch-fixtures';

const simple = agent({ variables: [] });
const now = at('2026-03-30T08:00', 'Europe/Warsaw');
const numbers = Array.from({ length: 12 }, (_, index) => `600 700 ${800 + index}`);
const campaign = draft({
  recipients: [
    ...numbers.map((phone, index) => person(`p${index}`, { phone_number: phone })),
    person('bad', { phone_number: '12' }),
  ],
});
const context = {
  agentName: 'Bookings',
  fromNumber: { label: 'Reception', number: '+48 22 123 45 67' },
  concurrency: 5,
  averageCallSeconds: 180,
  now,
};

describe('summarizeLaunch', () => {
  it('gives the numbers for a campaign that starts now', () => {
    const requests = buildBatchRequests(campaign, simple, {}, 'now', { callNamePrefix: 'X' });
    const summary = summarizeLaunch(requests, { ...context, costPerMinute: 0.1 });
    expect(summary).toMatchObject({
      calls: 12,
      agentName: 'Bookings',
      fromNumber: { label: 'Reception', number: '+48 22 123 45 67' },
      batchCount: 1,
      firstStart: { unixSeconds: null, timezone: null },
      lastStart: null,
      // 12 calls, 5 at a time: 3 rounds of 3 minutes.
      callingSeconds: 540,
      spanSeconds: 540,
      expectedFinishUnixSeconds: now / 1000 + 540,
      totalCallMinutes: 36,
      expectedCost: 3.6,
      skipped: 1,
      skippedByReason: { invalid: 1 },
    });
  });

  it('spans several batches from the first start to the last expected finish', () => {
    const plan = planCallingWindows(
      planInput({
        now,
        recipients: campaign.recipients.map((recipient) => ({ id: recipient.id })),
        concurrency: 5,
        averageCallSeconds: 180,
        defaults: { callingHours: ['09:00-09:06'] },
      }),
    );
    const requests = buildBatchRequests(campaign, simple, {}, plan, {
      callNamePrefix: 'X',
      concurrency: 5,
    });
    const summary = summarizeLaunch(requests, context);
    expect(summary.batchCount).toBe(2);
    expect(summary.calls).toBe(12);
    expect(summary.callingSeconds).toBe(360 + 180);
    expect(summary.expectedCost).toBeUndefined();
    expect(summary.totalCallMinutes).toBe(36);
    const firstStart = at('2026-03-30T09:00', 'Europe/Warsaw') / 1000;
    const lastStart = at('2026-03-31T09:00', 'Europe/Warsaw') / 1000;
    const lastFinish = at('2026-03-31T09:03', 'Europe/Warsaw') / 1000;
    expect(summary.firstStart).toEqual({ unixSeconds: firstStart, timezone: 'Europe/Warsaw' });
    expect(summary.lastStart).toEqual({ unixSeconds: lastStart, timezone: 'Europe/Warsaw' });
    expect(summary.spanSeconds).toBe(lastFinish - firstStart);
  });
});
