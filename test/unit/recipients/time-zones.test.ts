import { describe, expect, it } from 'vitest';
import {
  isValidTimeZone,
  listTimeZones,
  resolveTimeZone,
  suggestTimeZone,
  validateRecipient,
  StoredRecipientSchema,
} from '../../../shared/domain/recipients';

function timezoneIssues(timezone: string) {
  const recipient = StoredRecipientSchema.parse({
    id: 'r1',
    phone_number: '+48600700800',
    preferences: { timezone },
  });
  return validateRecipient(recipient, { defaultCountry: 'PL' });
}

describe('time zones', () => {
  it.each(['Europe/Warsaw', 'Europe/Rome', 'Europe/London', 'America/New_York', 'Asia/Tokyo'])(
    'accepts the IANA zone %s',
    (zone) => {
      expect(resolveTimeZone(zone)).toEqual({ ok: true, name: zone });
      expect(isValidTimeZone(zone)).toBe(true);
    },
  );

  it.each(['UTC', 'Etc/UTC', 'GMT', 'Europe/Kiev', 'Europe/Kyiv', 'US/Eastern', 'Etc/GMT+5'])(
    'accepts the alias %s as written',
    (zone) => {
      expect(resolveTimeZone(zone)).toEqual({ ok: true, name: zone });
    },
  );

  it('forgives case and spaces, giving the exact spelling', () => {
    expect(resolveTimeZone('europe/warsaw')).toEqual({ ok: true, name: 'Europe/Warsaw' });
    expect(resolveTimeZone(' Europe/Rome ')).toEqual({ ok: true, name: 'Europe/Rome' });
    expect(resolveTimeZone('utc')).toEqual({ ok: true, name: 'UTC' });
    // Only the exact spelling counts as valid once stored.
    expect(isValidTimeZone('europe/warsaw')).toBe(false);
  });

  it('suggests the zone meant by a misspelling or a bare city', () => {
    expect(resolveTimeZone('Europe/Warsawa')).toEqual({
      ok: false,
      code: 'time_zone_unknown',
      suggestion: 'Europe/Warsaw',
    });
    expect(suggestTimeZone('Warsaw')).toBe('Europe/Warsaw');
    expect(suggestTimeZone('new york')).toBe('America/New_York');
    expect(suggestTimeZone('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('refuses fixed offsets, which have no summer time', () => {
    for (const offset of ['+01:00', 'UTC+1', 'GMT-05:00']) {
      expect(resolveTimeZone(offset)).toMatchObject({ ok: false, code: 'time_zone_offset' });
    }
  });

  it('reports unknown zones in plain words', () => {
    expect(timezoneIssues('Europe/Warsawa')).toEqual([
      {
        field: 'preferences.timezone',
        code: 'time_zone_unknown',
        message: '“Europe/Warsawa” is not a time zone we know. Did you mean Europe/Warsaw?',
        params: { value: 'Europe/Warsawa', suggestion: 'Europe/Warsaw' },
        severity: 'error',
      },
    ]);
    expect(timezoneIssues('Somewhere')[0]?.message).toContain('Europe/Warsaw or Europe/Rome');
    expect(timezoneIssues('+02:00')[0]?.code).toBe('time_zone_offset');
    expect(timezoneIssues('Europe/Warsaw')).toEqual([]);
    expect(timezoneIssues('')).toEqual([]);
  });

  it('lists zones for a picker, including UTC', () => {
    const zones = listTimeZones();
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Warsaw');
    expect(zones.length).toBeGreaterThan(300);
  });
});
