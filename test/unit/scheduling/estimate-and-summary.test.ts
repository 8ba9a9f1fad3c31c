import { describe, expect, it } from 'vitest';
import {
  estimateLaunch,
  planCallingWindows,
  summarizePlan,
} from '../../../shared/domain/scheduling';
import { at, people, planInput } from './plan-fixtures';

describe('estimateLaunch', () => {
  it('counts full rounds of simultaneous calls and bills every call minute', () => {
    expect(
      estimateLaunch({ calls: 101, concurrency: 10, averageCallSeconds: 150, costPerMinute: 0.1 }),
    ).toEqual({
      calls: 101,
      expectedDurationSeconds: 11 * 150,
      totalCallMinutes: 252.5,
      expectedCost: expect.closeTo(25.25, 10),
    });
  });

  it('leaves the cost out when no price is given', () => {
    const estimate = estimateLaunch({ calls: 3, concurrency: 5, averageCallSeconds: 120 });
    expect(estimate).toEqual({ calls: 3, expectedDurationSeconds: 120, totalCallMinutes: 6 });
    expect('expectedCost' in estimate).toBe(false);
  });

  it('is zero for no calls', () => {
    expect(
      estimateLaunch({ calls: 0, concurrency: 5, averageCallSeconds: 120, costPerMinute: 0.2 }),
    ).toEqual({ calls: 0, expectedDurationSeconds: 0, totalCallMinutes: 0, expectedCost: 0 });
  });

  it('rejects impossible numbers', () => {
    const ok = { calls: 1, concurrency: 1, averageCallSeconds: 60 };
    expect(() => estimateLaunch({ ...ok, calls: -1 })).toThrow(RangeError);
    expect(() => estimateLaunch({ ...ok, calls: 1.5 })).toThrow(RangeError);
    expect(() => estimateLaunch({ ...ok, concurrency: 0 })).toThrow(RangeError);
    expect(() => estimateLaunch({ ...ok, averageCallSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => estimateLaunch({ ...ok, costPerMinute: -0.1 })).toThrow(RangeError);
  });
});

describe('summarizePlan', () => {
  it('gives batch count, people per batch and the first and last start', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        concurrency: 2,
        averageCallSeconds: 3600,
        recipients: [...people(8), { id: 'bad', timezone: 'Nowhere/Land' }],
        defaults: { callingHours: ['09:00-12:00'] },
      }),
    );
    const summary = summarizePlan(plan);
    expect(summary).toEqual({
      batchCount: 2,
      scheduledPeople: 8,
      unschedulablePeople: 1,
      warningCount: 1,
      peoplePerBatch: [
        {
          key: 'Europe/Warsaw|2026-03-30|09:00-12:00',
          timezone: 'Europe/Warsaw',
          localStart: '2026-03-30T09:00:00+02:00',
          localWindow: '09:00-12:00',
          people: 6,
        },
        {
          key: 'Europe/Warsaw|2026-03-31|09:00-12:00',
          timezone: 'Europe/Warsaw',
          localStart: '2026-03-31T09:00:00+02:00',
          localWindow: '09:00-12:00',
          people: 2,
        },
      ],
      firstStart: {
        unixSeconds: plan.batches[0]?.startUnixSeconds,
        timezone: 'Europe/Warsaw',
        localStart: '2026-03-30T09:00:00+02:00',
      },
      lastStart: {
        unixSeconds: plan.batches[1]?.startUnixSeconds,
        timezone: 'Europe/Warsaw',
        localStart: '2026-03-31T09:00:00+02:00',
      },
      expectedFinishUnixSeconds: (plan.batches[1]?.startUnixSeconds ?? 0) + 3600,
    });
  });

  it('has no starts for an empty plan', () => {
    expect(summarizePlan({ batches: [], unschedulable: [], warnings: [] })).toEqual({
      batchCount: 0,
      scheduledPeople: 0,
      unschedulablePeople: 0,
      warningCount: 0,
      peoplePerBatch: [],
      firstStart: null,
      lastStart: null,
      expectedFinishUnixSeconds: null,
    });
  });
});
