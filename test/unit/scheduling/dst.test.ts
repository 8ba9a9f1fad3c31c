import { describe, expect, it } from 'vitest';
import { planCallingWindows } from '../../../shared/domain/scheduling';
import { at, EVERY_DAY, people, planInput, secondsOf } from './plan-fixtures';

const HOUR = 3600;

function firstBatch(zone: string, now: number, callingHours: string[]) {
  const plan = planCallingWindows(
    planInput({ now, defaults: { timezone: zone, callingHours, allowedWeekdays: EVERY_DAY } }),
  );
  const batch = plan.batches[0];
  if (!batch) throw new Error(`no batch: ${JSON.stringify(plan)}`);
  return batch;
}

describe('calling hours keep their local time on the day clocks change', () => {
  // [zone, change day (a Sunday), offset that morning at 09:00, window length in hours of a
  // 00:00-24:00 day]
  const changeDays: Array<[string, string, string, number]> = [
    ['Europe/Warsaw', '2026-03-29', '+02:00', 23],
    ['Europe/Rome', '2026-10-25', '+01:00', 25],
    ['Europe/Warsaw', '2027-03-28', '+02:00', 23],
    ['Europe/Warsaw', '2027-10-31', '+01:00', 25],
    ['America/New_York', '2026-03-08', '-04:00', 23],
    ['America/New_York', '2026-11-01', '-05:00', 25],
    ['America/New_York', '2027-03-14', '-04:00', 23],
    ['America/New_York', '2027-11-07', '-05:00', 25],
    ['Australia/Sydney', '2026-04-05', '+10:00', 25],
    ['Australia/Sydney', '2026-10-04', '+11:00', 23],
  ];

  it.each(changeDays)('%s on %s: 09:00-17:00 is 09:00 local', (zone, day, offset) => {
    const batch = firstBatch(zone, at(`${day}T00:30`, zone), ['09:00-17:00']);
    expect(batch.localStart).toBe(`${day}T09:00:00${offset}`);
    expect(batch.startUnixSeconds).toBe(secondsOf(`${day}T09:00${offset}`));
    expect(batch.windowEndUnixSeconds).toBe(secondsOf(`${day}T17:00${offset}`));
    expect(batch.windowEndUnixSeconds - batch.startUnixSeconds).toBe(8 * HOUR);
  });

  it.each(changeDays)(
    '%s on %s: a whole-day window is as long as the day',
    (zone, day, _, hours) => {
      const batch = firstBatch(zone, at(`${day}T00:00`, zone), []);
      expect(batch.localWindow).toBe('00:00-24:00');
      expect(batch.windowEndUnixSeconds - batch.startUnixSeconds).toBe(hours * HOUR);
    },
  );
});

describe('spring forward: a window opening inside the skipped hour', () => {
  it('opens at the first valid instant in Europe (02:30 → 03:00 CEST)', () => {
    const batch = firstBatch('Europe/Warsaw', at('2026-03-28T20:00', 'Europe/Warsaw'), [
      '02:30-05:00',
    ]);
    expect(batch.localStart).toBe('2026-03-29T03:00:00+02:00');
    expect(batch.startUnixSeconds).toBe(Date.parse('2026-03-29T01:00:00Z') / 1000);
    expect(batch.windowEndUnixSeconds).toBe(secondsOf('2026-03-29T05:00+02:00'));
    expect(batch.localWindow).toBe('02:30-05:00');
  });

  it('opens at the first valid instant in the US (02:00 → 03:00 EDT)', () => {
    const batch = firstBatch('America/New_York', at('2026-03-07T20:00', 'America/New_York'), [
      '02:00-04:00',
    ]);
    expect(batch.localStart).toBe('2026-03-08T03:00:00-04:00');
    expect(batch.windowEndUnixSeconds - batch.startUnixSeconds).toBe(HOUR);
  });

  it('skips the day when the whole window falls into the skipped hour', () => {
    const batch = firstBatch('Europe/Rome', at('2027-03-27T20:00', 'Europe/Rome'), ['02:10-02:50']);
    expect(batch.localStart).toBe('2027-03-29T02:10:00+02:00');
  });

  it('ends a window at the first valid instant when its end is skipped', () => {
    const batch = firstBatch('Europe/Warsaw', at('2026-03-28T20:00', 'Europe/Warsaw'), [
      '01:00-02:30',
    ]);
    expect(batch.localStart).toBe('2026-03-29T01:00:00+01:00');
    expect(batch.windowEndUnixSeconds).toBe(secondsOf('2026-03-29T03:00+02:00'));
  });
});

describe('fall back: a window opening inside the repeated hour', () => {
  it('opens the first time the clock shows it in Europe', () => {
    const batch = firstBatch('Europe/Warsaw', at('2026-10-24T20:00', 'Europe/Warsaw'), [
      '02:30-04:00',
    ]);
    expect(batch.localStart).toBe('2026-10-25T02:30:00+02:00');
    // 02:30 CEST to 04:00 CET is two and a half hours, not one and a half.
    expect(batch.windowEndUnixSeconds - batch.startUnixSeconds).toBe(2.5 * HOUR);
  });

  it('opens the first time the clock shows it in the US', () => {
    const batch = firstBatch('America/New_York', at('2027-11-06T20:00', 'America/New_York'), [
      '01:30-03:00',
    ]);
    expect(batch.localStart).toBe('2027-11-07T01:30:00-04:00');
    expect(batch.windowEndUnixSeconds - batch.startUnixSeconds).toBe(2.5 * HOUR);
  });

  it('sizes batches by the real, longer window', () => {
    // 2.5 h of 10-minute calls, one at a time: 15 calls fit, the 16th spills to the next day.
    const plan = planCallingWindows(
      planInput({
        now: at('2026-10-24T20:00', 'Europe/Warsaw'),
        concurrency: 1,
        averageCallSeconds: 600,
        recipients: people(16),
        defaults: { callingHours: ['02:30-04:00'], allowedWeekdays: EVERY_DAY },
      }),
    );
    expect(plan.batches.map((b) => [b.localStart, b.recipientIds.length])).toEqual([
      ['2026-10-25T02:30:00+02:00', 15],
      ['2026-10-26T02:30:00+01:00', 1],
    ]);
  });
});

describe('spilling across a DST change', () => {
  it('keeps 09:00 local on each following day', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-27T18:00', 'Europe/Warsaw'),
        concurrency: 1,
        averageCallSeconds: 8 * HOUR,
        recipients: people(3),
        defaults: { allowedWeekdays: EVERY_DAY },
      }),
    );
    expect(plan.batches.map((b) => [b.localStart, b.recipientIds])).toEqual([
      ['2026-03-28T09:00:00+01:00', ['p1']],
      ['2026-03-29T09:00:00+02:00', ['p2']],
      ['2026-03-30T09:00:00+02:00', ['p3']],
    ]);
    const [saturday, sunday] = plan.batches;
    expect((sunday?.startUnixSeconds ?? 0) - (saturday?.startUnixSeconds ?? 0)).toBe(23 * HOUR);
  });
});
