import { describe, expect, it } from 'vitest';
import { planCallingWindows } from '../../../shared/domain/scheduling';
import { at, EVERY_DAY, people, planInput, secondsOf } from './plan-fixtures';

describe('planCallingWindows: when the first batch starts', () => {
  it('starts at the window opening when now is before it', () => {
    const plan = planCallingWindows(planInput({ now: at('2026-03-30T06:00', 'Europe/Warsaw') }));

    expect(plan.batches).toHaveLength(1);
    expect(plan.batches[0]).toEqual({
      key: 'Europe/Warsaw|2026-03-30|09:00-17:00',
      timezone: 'Europe/Warsaw',
      startUnixSeconds: secondsOf('2026-03-30T09:00+02:00'),
      windowEndUnixSeconds: secondsOf('2026-03-30T17:00+02:00'),
      localStart: '2026-03-30T09:00:00+02:00',
      localWindow: '09:00-17:00',
      recipientIds: ['r1'],
      expectedDurationSeconds: 180,
    });
    expect(plan.unschedulable).toEqual([]);
    expect(plan.warnings).toEqual([]);
  });

  it('starts now, rounded up to the next whole second, when now is inside a window', () => {
    const now = at('2026-03-30T10:15:30.250', 'Europe/Warsaw');
    const [batch] = planCallingWindows(planInput({ now })).batches;

    expect(batch?.startUnixSeconds).toBe(Math.ceil(now / 1000));
    expect(batch?.localStart).toBe('2026-03-30T10:15:31+02:00');
    expect(batch?.localWindow).toBe('09:00-17:00');
    expect(batch?.key).toBe('Europe/Warsaw|2026-03-30|09:00-17:00');
  });

  it('keeps the batch key stable while now moves through the window', () => {
    const early = planCallingWindows(planInput({ now: at('2026-03-30T08:00', 'Europe/Warsaw') }));
    const late = planCallingWindows(planInput({ now: at('2026-03-30T13:00', 'Europe/Warsaw') }));
    expect(late.batches[0]?.key).toBe(early.batches[0]?.key);
  });

  it('moves to the next day when today’s window is over', () => {
    const [batch] = planCallingWindows(
      planInput({ now: at('2026-03-30T18:00', 'Europe/Warsaw') }),
    ).batches;
    expect(batch?.localStart).toBe('2026-03-31T09:00:00+02:00');
  });

  it('skips the weekend', () => {
    const friday = planCallingWindows(planInput({ now: at('2026-04-03T17:30', 'Europe/Warsaw') }));
    const saturday = planCallingWindows(
      planInput({ now: at('2026-04-04T10:00', 'Europe/Warsaw') }),
    );
    expect(friday.batches[0]?.localStart).toBe('2026-04-06T09:00:00+02:00');
    expect(saturday.batches[0]?.localStart).toBe('2026-04-06T09:00:00+02:00');
  });

  it('calls on weekends when the campaign allows them', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-04-04T10:00', 'Europe/Warsaw'),
        defaults: { allowedWeekdays: [6] },
      }),
    );
    expect(plan.batches[0]?.localStart).toBe('2026-04-04T10:00:00+02:00');
  });

  it('uses the next window of the same day when the person has several', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T12:30', 'Europe/Warsaw'),
        recipients: [{ id: 'r1', bestCallTimes: ['09:00-12:00', '14:00-16:00'] }],
      }),
    );
    expect(plan.batches[0]?.localStart).toBe('2026-03-30T14:00:00+02:00');
    expect(plan.batches[0]?.localWindow).toBe('14:00-16:00');
  });
});

describe('planCallingWindows: time zones', () => {
  const now = Date.parse('2026-06-15T01:00:00Z'); // Monday: 10:00 Tokyo, 03:00 Warsaw

  const plan = planCallingWindows(
    planInput({
      now,
      recipients: [
        { id: 'pl', timezone: 'Europe/Warsaw' },
        { id: 'it', timezone: 'Europe/Rome' },
        { id: 'us', timezone: 'America/New_York' },
        { id: 'jp', timezone: 'Asia/Tokyo' },
        { id: 'au', timezone: 'Australia/Sydney' },
      ],
    }),
  );

  it('plans one batch per time zone, each in its own calling hours', () => {
    expect(
      plan.batches.map((batch) => [batch.timezone, batch.localStart, batch.recipientIds]),
    ).toEqual([
      ['Asia/Tokyo', '2026-06-15T10:00:00+09:00', ['jp']],
      ['Australia/Sydney', '2026-06-15T11:00:00+10:00', ['au']],
      ['Europe/Rome', '2026-06-15T09:00:00+02:00', ['it']],
      ['Europe/Warsaw', '2026-06-15T09:00:00+02:00', ['pl']],
      ['America/New_York', '2026-06-15T09:00:00-04:00', ['us']],
    ]);
  });

  it('gives each batch an absolute start that matches its local start', () => {
    for (const batch of plan.batches) {
      expect(batch.startUnixSeconds).toBe(secondsOf(batch.localStart));
      expect(Number.isInteger(batch.startUnixSeconds)).toBe(true);
    }
  });

  it('does not merge zones that share an offset, but warns that their batches overlap', () => {
    const overlap = plan.warnings.filter((w) => w.code === 'overlapping-batches');
    expect(overlap.map((w) => w.batchKeys)).toEqual([
      ['Asia/Tokyo|2026-06-15|09:00-17:00', 'Australia/Sydney|2026-06-15|09:00-17:00'],
      ['Europe/Rome|2026-06-15|09:00-17:00', 'Europe/Warsaw|2026-06-15|09:00-17:00'],
    ]);
    expect(overlap[1]?.message).toContain('2 batches would run at the same time');
  });

  it('uses the campaign time zone for people without one, and reads zone names loosely', () => {
    const result = planCallingWindows(
      planInput({
        now,
        defaults: { timezone: 'Europe/Rome' },
        recipients: [
          { id: 'none' },
          { id: 'blank', timezone: '  ' },
          { id: 'lower', timezone: 'europe/rome' },
        ],
      }),
    );
    expect(result.batches).toHaveLength(1);
    expect(result.batches[0]?.timezone).toBe('Europe/Rome');
    expect(result.batches[0]?.recipientIds).toEqual(['none', 'blank', 'lower']);
  });
});

describe('planCallingWindows: blackout dates', () => {
  it('skips a person’s blackout date and the campaign’s', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        defaults: { blackoutDates: ['2026-03-31'] },
        recipients: [{ id: 'r1', blackoutDates: ['2026-03-30'] }, { id: 'r2' }],
      }),
    );
    expect(plan.batches.map((b) => [b.localStart, b.recipientIds])).toEqual([
      ['2026-03-30T09:00:00+02:00', ['r2']],
      ['2026-04-01T09:00:00+02:00', ['r1']],
    ]);
  });

  it('reads blackout dates in the person’s local calendar when the UTC date differs', () => {
    // 20:00-23:00 in New York is 00:00-03:00 UTC on the following day.
    const plan = planCallingWindows(
      planInput({
        now: at('2026-06-15T08:00', 'America/New_York'),
        recipients: [
          { id: 'off-15th', timezone: 'America/New_York', blackoutDates: ['2026-06-15'] },
          { id: 'off-16th', timezone: 'America/New_York', blackoutDates: ['2026-06-16'] },
        ],
        defaults: { callingHours: ['20:00-23:00'] },
      }),
    );
    const startOf = (id: string) => plan.batches.find((b) => b.recipientIds.includes(id));
    expect(startOf('off-15th')?.startUnixSeconds).toBe(Date.parse('2026-06-17T00:00:00Z') / 1000);
    expect(startOf('off-15th')?.localStart).toBe('2026-06-16T20:00:00-04:00');
    expect(startOf('off-16th')?.startUnixSeconds).toBe(Date.parse('2026-06-16T00:00:00Z') / 1000);
    expect(startOf('off-16th')?.localStart).toBe('2026-06-15T20:00:00-04:00');
  });

  it('applies a campaign blackout date in Tokyo’s calendar, not in UTC', () => {
    // 08:00-10:00 in Tokyo on the 16th is 23:00 UTC on the 15th.
    const plan = planCallingWindows(
      planInput({
        now: Date.parse('2026-06-15T02:00:00Z'),
        defaults: {
          timezone: 'Asia/Tokyo',
          callingHours: ['08:00-10:00'],
          blackoutDates: ['2026-06-16'],
        },
      }),
    );
    expect(plan.batches[0]?.localStart).toBe('2026-06-17T08:00:00+09:00');
    expect(plan.batches[0]?.startUnixSeconds).toBe(Date.parse('2026-06-16T23:00:00Z') / 1000);
  });
});

describe('planCallingWindows: calling hours', () => {
  it('calls any time of an allowed day when neither person nor campaign sets hours', () => {
    const open = planCallingWindows(
      planInput({
        now: at('2026-03-30T22:10', 'Europe/Warsaw'),
        defaults: { callingHours: [] },
      }),
    );
    expect(open.batches[0]?.localStart).toBe('2026-03-30T22:10:00+02:00');
    expect(open.batches[0]?.localWindow).toBe('00:00-24:00');
    expect(open.batches[0]?.windowEndUnixSeconds).toBe(secondsOf('2026-03-31T00:00+02:00'));

    const weekend = planCallingWindows(
      planInput({
        now: at('2026-04-04T10:00', 'Europe/Warsaw'),
        defaults: { callingHours: [] },
      }),
    );
    expect(weekend.batches[0]?.localStart).toBe('2026-04-06T00:00:00+02:00');
  });

  it('prefers the person’s own hours to the campaign’s', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        recipients: [{ id: 'own', bestCallTimes: ['18:00-20:00'] }, { id: 'default' }],
      }),
    );
    expect(plan.batches.map((b) => [b.localWindow, b.recipientIds])).toEqual([
      ['09:00-17:00', ['default']],
      ['18:00-20:00', ['own']],
    ]);
  });

  it('accepts loose spellings and joins overlapping ranges', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        recipients: [
          { id: 'a', bestCallTimes: ['9-12', ' 11:30 – 13:00 ', ''] },
          { id: 'b', bestCallTimes: ['09:00-13:00'] },
        ],
      }),
    );
    expect(plan.batches).toHaveLength(1);
    expect(plan.batches[0]?.localWindow).toBe('09:00-13:00');
    expect(plan.batches[0]?.recipientIds).toEqual(['a', 'b']);
    expect(plan.warnings).toEqual([]);
  });

  it('ignores unreadable ranges, uses the rest and reports them once per spelling', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        recipients: [
          { id: 'a', bestCallTimes: ['9am-noon', '14:00-16:00'] },
          { id: 'b', bestCallTimes: ['9am-noon', '14:00-16:00'] },
          { id: 'c', bestCallTimes: ['22:00-02:00', '10:00-11:00'] },
          { id: 'd', bestCallTimes: ['12:75-13:00', '10:00-11:00'] },
        ],
      }),
    );
    expect(plan.batches.map((b) => [b.localWindow, b.recipientIds])).toEqual([
      ['10:00-11:00', ['c', 'd']],
      ['14:00-16:00', ['a', 'b']],
    ]);
    const invalid = plan.warnings.filter((w) => w.code === 'invalid-calling-hours');
    expect(invalid.map((w) => w.recipientIds)).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(invalid[0]?.message).toBe(
      'Calling hours “9am-noon” is not a time range like 09:00-17:00; ignored for 2 people.',
    );
    expect(invalid[1]?.message).toContain('ranges across midnight are not supported');
  });

  it('reports unreadable campaign hours and keeps the readable ones', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        defaults: { callingHours: ['25:00-26:00', '10:00-12:00'] },
      }),
    );
    expect(plan.batches[0]?.localWindow).toBe('10:00-12:00');
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'invalid-calling-hours', recipientIds: [] }),
    ]);
  });

  it('merges people whose batches coincide even when their blackout dates differ', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        recipients: [
          { id: 'a', blackoutDates: ['2026-04-02'] },
          { id: 'b', blackoutDates: ['2026-04-03'] },
          { id: 'c' },
        ],
      }),
    );
    expect(plan.batches).toHaveLength(1);
    expect(plan.batches[0]?.recipientIds).toEqual(['a', 'b', 'c']);
    expect(plan.batches[0]?.expectedDurationSeconds).toBe(180);
  });

  it('plans a repeated person once and says so', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        recipients: [{ id: 'a' }, { id: 'b' }, { id: 'a' }],
      }),
    );
    expect(plan.batches[0]?.recipientIds).toEqual(['a', 'b']);
    expect(plan.warnings).toEqual([
      expect.objectContaining({ code: 'duplicate-recipient', recipientIds: ['a'] }),
    ]);
  });

  it('reports unreadable blackout dates and weekday numbers', () => {
    const plan = planCallingWindows(
      planInput({
        now: at('2026-03-30T06:00', 'Europe/Warsaw'),
        defaults: { allowedWeekdays: [1, 2, 8], blackoutDates: ['31/12/2026'] },
        recipients: [{ id: 'a', blackoutDates: ['2026-02-30'] }],
      }),
    );
    expect(plan.batches).toHaveLength(1);
    expect(plan.warnings.map((w) => [w.code, w.recipientIds])).toEqual([
      ['invalid-weekday', []],
      ['invalid-blackout-date', []],
      ['invalid-blackout-date', ['a']],
    ]);
  });
});

describe('planCallingWindows: people who cannot be planned', () => {
  const now = at('2026-03-30T06:00', 'Europe/Warsaw');

  it('explains each reason in plain words', () => {
    const plan = planCallingWindows(
      planInput({
        now,
        horizonDays: 3,
        recipients: [
          { id: 'ok' },
          { id: 'zone', timezone: 'Mars/Olympus_Mons' },
          { id: 'hours', bestCallTimes: ['morning'] },
          {
            id: 'blackout',
            blackoutDates: ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02'],
          },
        ],
      }),
    );
    expect(plan.batches.map((b) => b.recipientIds)).toEqual([['ok']]);
    expect(plan.unschedulable).toEqual([
      {
        recipientId: 'zone',
        code: 'invalid-time-zone',
        reason: 'Their time zone “Mars/Olympus_Mons” is not recognised.',
        params: { text: 'Mars/Olympus_Mons' },
      },
      {
        recipientId: 'hours',
        code: 'unreadable-calling-hours',
        reason:
          'None of their calling hours could be read (“morning”); use ranges like 09:00-17:00.',
        params: { text: 'morning' },
      },
      {
        recipientId: 'blackout',
        code: 'no-calling-time',
        reason:
          'No calling time in the next 3 days in their time zone (Europe/Warsaw): calling days, calling hours and blackout dates leave none.',
        params: { timezone: 'Europe/Warsaw', horizonDays: 3 },
      },
    ]);
  });

  it('cannot plan anyone when no calling day is selected', () => {
    const plan = planCallingWindows(
      planInput({ now, defaults: { allowedWeekdays: [] }, recipients: people(2) }),
    );
    expect(plan.batches).toEqual([]);
    expect(plan.unschedulable.map((u) => u.code)).toEqual(['no-calling-days', 'no-calling-days']);
    expect(plan.warnings.map((w) => w.code)).toEqual(['no-calling-days']);
  });

  it('cannot plan people without a zone when the campaign zone is unknown', () => {
    const plan = planCallingWindows(
      planInput({
        now,
        defaults: { timezone: 'Central European Time' },
        recipients: [{ id: 'no-zone' }, { id: 'own-zone', timezone: 'Europe/Rome' }],
      }),
    );
    expect(plan.batches.map((b) => b.recipientIds)).toEqual([['own-zone']]);
    expect(plan.unschedulable).toEqual([
      expect.objectContaining({ recipientId: 'no-zone', code: 'invalid-time-zone' }),
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['invalid-time-zone']);
  });

  it('cannot plan people relying on campaign hours that could not be read', () => {
    const plan = planCallingWindows(
      planInput({
        now,
        defaults: { callingHours: ['all day'] },
        recipients: [{ id: 'default' }, { id: 'own', bestCallTimes: ['10:00-11:00'] }],
      }),
    );
    expect(plan.batches.map((b) => b.recipientIds)).toEqual([['own']]);
    expect(plan.unschedulable).toEqual([
      expect.objectContaining({ recipientId: 'default', code: 'unreadable-calling-hours' }),
    ]);
  });

  it('cannot plan people whose window is shorter than one call', () => {
    const plan = planCallingWindows(
      planInput({
        now,
        averageCallSeconds: 600,
        recipients: [{ id: 'short', bestCallTimes: ['09:00-09:05'] }],
      }),
    );
    expect(plan.batches).toEqual([]);
    expect(plan.unschedulable).toEqual([
      {
        recipientId: 'short',
        code: 'window-too-short',
        reason: 'Their calling hours are too short for a call of about 10 minutes.',
        params: { averageCallSeconds: 600 },
      },
    ]);
  });

  it('rejects numbers no form should let through', () => {
    expect(() => planCallingWindows(planInput({ now, concurrency: 0 }))).toThrow(RangeError);
    expect(() => planCallingWindows(planInput({ now, averageCallSeconds: -1 }))).toThrow(
      RangeError,
    );
    expect(() => planCallingWindows(planInput({ now, horizonDays: 0 }))).toThrow(RangeError);
    expect(() => planCallingWindows(planInput({ now: Number.NaN }))).toThrow(RangeError);
  });

  it('handles an empty list', () => {
    expect(planCallingWindows(planInput({ now, recipients: [] }))).toEqual({
      batches: [],
      unschedulable: [],
      warnings: [],
    });
  });

  it('calls on Sundays only when allowed', () => {
    const sunday = at('2026-04-05T08:00', 'Europe/Warsaw');
    const allowed = planCallingWindows(
      planInput({ now: sunday, defaults: { allowedWeekdays: EVERY_DAY } }),
    );
    const weekdaysOnly = planCallingWindows(planInput({ now: sunday }));
    expect(allowed.batches[0]?.localStart).toBe('2026-04-05T09:00:00+02:00');
    expect(weekdaysOnly.batches[0]?.localStart).toBe('2026-04-06T09:00:00+02:00');
  });
});
