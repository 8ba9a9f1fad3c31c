import { describe, expect, it } from 'vitest';
import {
  createPhoneNumberNormalizer,
  findDuplicatePhoneNumbers,
  groupDuplicates,
  validateRecipients,
  type StoredRecipientInput,
} from '../../../shared/domain/recipients';

describe('findDuplicatePhoneNumbers', () => {
  it('groups the same number however it was typed', () => {
    const recipients = [
      { id: 'a', phone_number: '600 700 800' },
      { id: 'b', phone_number: '+48 600-700-800' },
      { id: 'c', phone_number: '0048600700800' },
      { id: 'd', phone_number: '(+48) 600 700 800' },
      { id: 'e', phone_number: '600 700 801' },
      { id: 'f', phone_number: '+39 347 123 4567' },
      { id: 'g', phone_number: '0039 347 1234567' },
    ];
    expect(findDuplicatePhoneNumbers(recipients, 'PL')).toEqual(
      new Map([
        ['+48600700800', ['a', 'b', 'c', 'd']],
        ['+393471234567', ['f', 'g']],
      ]),
    );
  });

  it('depends on the campaign country for numbers without a country code', () => {
    const recipients = [
      { id: 'a', phone_number: '347 123 4567' },
      { id: 'b', phone_number: '+39 347 123 4567' },
    ];
    expect(findDuplicatePhoneNumbers(recipients, 'IT').size).toBe(1);
    expect(findDuplicatePhoneNumbers(recipients, 'PL').size).toBe(0);
  });

  it('never treats invalid numbers as duplicates', () => {
    const recipients = [
      { id: 'a', phone_number: '600 700' },
      { id: 'b', phone_number: '600 700' },
      { id: 'c', phone_number: '' },
      { id: 'd', phone_number: '' },
    ];
    expect(findDuplicatePhoneNumbers(recipients, 'PL').size).toBe(0);
  });

  it('reuses a normaliser that already knows the numbers', () => {
    const normalizer = createPhoneNumberNormalizer('PL');
    let parsed = 0;
    const counting = {
      defaultCountry: normalizer.defaultCountry,
      normalize(raw: string) {
        parsed++;
        return normalizer.normalize(raw);
      },
    };
    const recipients = [
      { id: 'a', phone_number: '600 700 800' },
      { id: 'b', phone_number: '600700800' },
    ];
    expect(findDuplicatePhoneNumbers(recipients, 'PL', { phoneNumbers: counting }).size).toBe(1);
    expect(parsed).toBe(2);
  });

  it('groups precomputed numbers without parsing anything', () => {
    const rows = [
      { id: 'a', e164: '+48600700800' },
      { id: 'b', e164: undefined },
      { id: 'c', e164: '+48600700800' },
    ];
    expect(groupDuplicates(rows, (row) => row.e164)).toEqual(
      new Map([['+48600700800', ['a', 'c']]]),
    );
  });
});

describe('validateRecipients', () => {
  it('collects issues per recipient and warns about shared numbers', () => {
    const result = validateRecipients(
      [
        { id: 'a', phone_number: '600 700 800', contact_info: { name: 'Anna' } },
        { id: 'b', phone_number: '+48600700800', contact_info: { name: 'Bartek' } },
        { id: 'c', phone_number: '600 700' },
        { id: 'd', phone_number: '601 700 800', preferences: { timezone: 'Mars/Base' } },
        { id: 'e', phone_number: '602 700 800' },
      ],
      { defaultCountry: 'PL' },
    );
    expect(result.invalidCount).toBe(2);
    expect(result.warningCount).toBe(2);
    expect([...result.issuesById.keys()]).toEqual(['c', 'd', 'a', 'b']);
    expect(result.duplicateGroups).toEqual(new Map([['+48600700800', ['a', 'b']]]));
    expect(result.issuesById.get('a')).toEqual([
      {
        field: 'phone_number',
        code: 'duplicate_phone_number',
        message: 'Bartek has the same phone number, so this number would be called twice.',
        params: { others: 1, otherName: 'Bartek' },
        severity: 'warning',
      },
    ]);
    expect(result.issuesById.get('c')?.map((issue) => issue.code)).toEqual(['phone_invalid']);
    expect(result.issuesById.has('e')).toBe(false);
  });

  it('describes larger groups and unnamed recipients', () => {
    const result = validateRecipients(
      [
        { id: 'a', phone_number: '600 700 800' },
        { id: 'b', phone_number: '600 700 800', contact_info: { name: 'Bartek' } },
        { id: 'c', phone_number: '600 700 800' },
      ],
      { defaultCountry: 'PL' },
    );
    expect(result.issuesById.get('a')?.[0]?.message).toBe(
      'Bartek and 1 more have the same phone number, so this number would be called 3 times.',
    );
    expect(result.issuesById.get('b')?.[0]?.message).toBe(
      '2 other recipients have the same phone number, so this number would be called 3 times.',
    );
  });

  it('flags ids used twice', () => {
    const result = validateRecipients(
      [
        { id: 'a', phone_number: '600 700 800' },
        { id: 'a', phone_number: '600 700 801' },
      ],
      { defaultCountry: 'PL' },
    );
    expect(result.issuesById.get('a')?.map((issue) => issue.code)).toEqual(['duplicate_id']);
    expect(result.invalidCount).toBe(1);
  });

  it('validates 100,000 recipients correctly', () => {
    const recipients: StoredRecipientInput[] = [];
    for (let i = 0; i < 100_000; i++) {
      const digits = String(600_000_000 + i);
      recipients.push({
        id: `r${i}`,
        // Every 1000th row is the same number as row 0, typed differently.
        phone_number:
          i % 1000 === 0 && i > 0
            ? '+48 600 000 000'
            : i % 2
              ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
              : `+48${digits}`,
        contact_info: { name: `Person ${i}` },
        preferences: {
          language: i % 3 ? 'pl' : 'it',
          timezone: i % 500 === 7 ? 'Europe/Warsawa' : 'Europe/Warsaw',
          best_call_times: ['09:00-12:00', '14:00-17:00'],
          blackout_dates: i % 250 === 3 ? ['2025-02-29'] : ['2025-12-24'],
        },
        metadata: { priority: 'medium', customer_type: 'customer', tags: ['spring'] },
        variables: { first_name: `Person ${i}` },
      });
    }
    const result = validateRecipients(recipients, { defaultCountry: 'PL' });

    // Rows 7, 507, ... have a bad zone (200 rows); rows 3, 253, ... a bad date (400 rows).
    expect(result.invalidCount).toBe(600);
    expect(result.duplicateGroups.size).toBe(1);
    expect(result.duplicateGroups.get('+48600000000')).toHaveLength(100);
    expect(result.warningCount).toBe(100);
    expect(result.issuesById.get('r507')?.map((issue) => issue.field)).toEqual([
      'preferences.timezone',
    ]);
    expect(result.issuesById.get('r253')?.map((issue) => issue.field)).toEqual([
      'preferences.blackout_dates.0',
    ]);
    expect(result.issuesById.has('r1')).toBe(false);
  });
});
