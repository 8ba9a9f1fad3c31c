import { describe, expect, it } from 'vitest';
import { planCallingWindows } from '../../../shared/domain/scheduling';
import { at, people, planInput } from './plan-fixtures';

// 09:00-12:00, two lines, hour-long calls: three rounds of two, so six people a morning.
const morning = (count: number, now = at('2026-03-30T06:00', 'Europe/Warsaw'), horizonDays = 14) =>
  planCallingWindows(
    planInput({
      now,
      horizonDays,
      concurrency: 2,
      averageCallSeconds: 3600,
      recipients: people(count),
      defaults: { callingHours: ['09:00-12:00'] },
    }),
  );

describe('planCallingWindows: capacity', () => {
  it('keeps everyone in one batch when they fit', () => {
    const plan = morning(6);
    expect(plan.batches).toHaveLength(1);
    expect(plan.batches[0]?.expectedDurationSeconds).toBe(3 * 3600);
    expect(plan.warnings).toEqual([]);
  });

  it('spills the rest into the following windows, in list order, and says how many', () => {
    const plan = morning(10);
    expect(plan.batches.map((b) => [b.localStart, b.recipientIds])).toEqual([
      ['2026-03-30T09:00:00+02:00', ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']],
      ['2026-03-31T09:00:00+02:00', ['p7', 'p8', 'p9', 'p10']],
    ]);
    expect(plan.batches[1]?.expectedDurationSeconds).toBe(2 * 3600);
    expect(plan.warnings).toEqual([
      {
        code: 'capacity-overflow',
        message:
          '4 people do not fit into the window starting Mon 30 Mar 09:00 (09:00-12:00, Europe/Warsaw) at 2 calls at a time of about 60 minutes: 4 move to later windows.',
        recipientIds: ['p7', 'p8', 'p9', 'p10'],
        batchKeys: ['Europe/Warsaw|2026-03-31|09:00-12:00'],
        params: {
          startUnixSeconds: at('2026-03-30T09:00', 'Europe/Warsaw') / 1000,
          window: '09:00-12:00',
          timezone: 'Europe/Warsaw',
          concurrency: 2,
          averageCallSeconds: 3600,
          horizonDays: 14,
          moved: 4,
          left: 0,
        },
      },
    ]);
  });

  it('counts only the rest of a window that is already open', () => {
    const plan = morning(5, at('2026-03-30T11:00', 'Europe/Warsaw'));
    expect(plan.batches.map((b) => b.recipientIds.length)).toEqual([2, 3]);
    expect(plan.warnings[0]?.message).toMatch(/^3 people do not fit/);
  });

  it('skips what is left of a window too short for one more call', () => {
    const plan = morning(2, at('2026-03-30T11:30', 'Europe/Warsaw'));
    expect(plan.batches.map((b) => b.localStart)).toEqual(['2026-03-31T09:00:00+02:00']);
    expect(plan.warnings).toEqual([]);
  });

  it('spills over the weekend and over blackout dates', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-04-02T06:00', 'Europe/Warsaw'),
        concurrency: 2,
        averageCallSeconds: 3600,
        recipients: people(14),
        defaults: { callingHours: ['09:00-12:00'], blackoutDates: ['2026-04-06'] },
      }),
    );
    expect(plan.batches.map((b) => [b.localStart.slice(0, 10), b.recipientIds.length])).toEqual([
      ['2026-04-02', 6],
      ['2026-04-03', 6],
      ['2026-04-07', 2],
    ]);
  });

  it('uses the person’s other windows of the same day before the next day', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        concurrency: 1,
        averageCallSeconds: 3600,
        recipients: people(3, { bestCallTimes: ['09:00-10:00', '15:00-17:00'] }),
      }),
    );
    expect(plan.batches.map((b) => [b.localStart, b.recipientIds])).toEqual([
      ['2026-03-30T09:00:00+02:00', ['p1']],
      ['2026-03-30T15:00:00+02:00', ['p2', 'p3']],
    ]);
  });

  it('lists people who fit in no window within the horizon as unschedulable', () => {
    // Monday 06:00 + 2 days: Monday and Tuesday mornings only.
    const plan = morning(20, at('2026-03-30T06:00', 'Europe/Warsaw'), 2);
    expect(plan.batches.map((b) => b.recipientIds.length)).toEqual([6, 6]);
    expect(plan.unschedulable.map((u) => u.recipientId)).toEqual([
      'p13',
      'p14',
      'p15',
      'p16',
      'p17',
      'p18',
      'p19',
      'p20',
    ]);
    expect(plan.unschedulable[0]).toEqual({
      recipientId: 'p13',
      code: 'over-capacity',
      reason:
        'Every calling window in the next 2 days is full at 2 calls at a time; allow more simultaneous calls or launch fewer people.',
      params: { horizonDays: 2, concurrency: 2 },
    });
    expect(plan.warnings[0]?.message).toContain(
      '14 people do not fit into the window starting Mon 30 Mar 09:00',
    );
    expect(plan.warnings[0]?.message).toContain(
      '6 move to later windows; 8 fit no window in the next 2 days',
    );
  });

  it('shares a window between groups that land in the same batch', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        concurrency: 2,
        averageCallSeconds: 3600,
        defaults: { callingHours: ['09:00-12:00'] },
        recipients: [
          ...people(4, { blackoutDates: ['2026-04-03'] }, 'a'),
          ...people(4, { blackoutDates: ['2026-04-02'] }, 'b'),
        ],
      }),
    );
    expect(plan.batches.map((b) => b.recipientIds)).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'b1', 'b2'],
      ['b3', 'b4'],
    ]);
    expect(plan.batches[0]?.expectedDurationSeconds).toBe(3 * 3600);
    expect(plan.warnings.map((w) => [w.code, w.recipientIds])).toEqual([
      ['capacity-overflow', ['b3', 'b4']],
    ]);
  });

  it('treats calls of no length as fitting anywhere', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        averageCallSeconds: 0,
        recipients: people(1000),
      }),
    );
    expect(plan.batches).toHaveLength(1);
    expect(plan.batches[0]?.expectedDurationSeconds).toBe(0);
  });

  it('plans a long list, with a window big enough for everyone in one zone', () => {
    const zones = ['Europe/Warsaw', 'Europe/Rome', 'America/New_York', 'Asia/Tokyo'];
    const spread = Array.from({ length: 20_000 }, (_, i) => ({
      id: `r${i}`,
      timezone: zones[i % zones.length],
      bestCallTimes: i % 3 === 0 ? ['10:00-12:00'] : undefined,
    }));
    const together = people(200_000, { timezone: 'Europe/Warsaw' });
    // 5-second calls on 100 lines: 8 hours hold 576,000 calls, so nobody spills over.
    const plan = planCallingWindows(
      planInput({
        now: Date.parse('2026-06-15T01:00:00Z'),
        concurrency: 100,
        averageCallSeconds: 5,
        recipients: [...spread, ...together],
      }),
    );
    const planned = plan.batches.reduce((sum, b) => sum + b.recipientIds.length, 0);
    expect(planned + plan.unschedulable.length).toBe(220_000);
    const warsaw = plan.batches.find((batch) => batch.recipientIds.includes('p200000'));
    expect(warsaw?.recipientIds).toHaveLength(200_000 + 5_000 - 1_667);
  });
});
