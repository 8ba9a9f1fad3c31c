import { describe, expect, it } from 'vitest';
import {
  applyDoNotCall,
  doNotCallSet,
  DoNotCallEntrySchema,
  leftOutAtLaunch,
  mergeDoNotCall,
  parseDoNotCallCsv,
} from '../../../shared/domain/launch';
import { person } from './launch-fixtures';

describe('applyDoNotCall', () => {
  const list = doNotCallSet([{ phoneNumber: '+48600700800' }, { phoneNumber: '+393471234567' }]);

  it('matches numbers whatever format they were typed in', () => {
    const recipients = [
      person('local', { phone_number: '600 700 800' }),
      person('dashed', { phone_number: '0048-600-700-800' }),
      person('bracketed', { phone_number: '(+48) 600 700 800' }),
      person('italian', { phone_number: '+39 347 123 4567' }),
      person('italian-00', { phone_number: '0039 347 1234567' }),
      person('other', { phone_number: '600 700 801' }),
      person('broken', { phone_number: 'call reception' }),
    ];
    const result = applyDoNotCall(recipients, list, 'PL');
    expect(result.excluded).toEqual({
      ids: ['local', 'dashed', 'bracketed', 'italian', 'italian-00'],
      count: 5,
    });
    expect(result.kept.map((recipient) => recipient.id)).toEqual(['other', 'broken']);
  });

  it('reads a bare number as one of the campaign country', () => {
    const italianList = doNotCallSet([{ phoneNumber: '+393471234567' }]);
    const recipients = [person('a', { phone_number: '347 123 4567' })];
    expect(applyDoNotCall(recipients, italianList, 'IT').excluded.count).toBe(1);
    expect(applyDoNotCall(recipients, italianList, 'PL').excluded.count).toBe(0);
  });

  it('matches a list that was not stored in E.164 too', () => {
    const typed = new Set(['600 700 800']);
    expect(applyDoNotCall([person('a')], typed, 'PL').excluded.ids).toEqual(['a']);
  });
});

describe('leftOutAtLaunch', () => {
  it('is everyone left out by hand and everyone whose number is on the list', () => {
    const recipients = [
      person('listed', { phone_number: '600 700 800' }),
      person('chosen', { phone_number: '600 700 801' }),
      person('called', { phone_number: '600 700 802' }),
    ];
    const leftOut = leftOutAtLaunch(recipients, {
      excludedIds: ['chosen'],
      doNotCall: doNotCallSet([{ phoneNumber: '+48600700800' }]),
      defaultCountry: 'PL',
    });
    expect([...leftOut].sort()).toEqual(['chosen', 'listed']);
  });
});

describe('DoNotCallEntry', () => {
  it('accepts only E.164 numbers', () => {
    expect(
      DoNotCallEntrySchema.safeParse({ phoneNumber: '+48600700800', addedAt: 1 }).success,
    ).toBe(true);
    expect(DoNotCallEntrySchema.safeParse({ phoneNumber: '600700800', addedAt: 1 }).success).toBe(
      false,
    );
  });

  it('merges new numbers once, keeping existing entries as they were', () => {
    const existing = [{ phoneNumber: '+48600700800', note: 'asked twice', addedAt: 1 }];
    const merged = mergeDoNotCall(
      existing,
      [
        { phoneNumber: '+48600700800', note: 'again' },
        { phoneNumber: '+48600700801', note: ' moved away ' },
        { phoneNumber: '+48600700801' },
        { phoneNumber: '+48600700802' },
      ],
      1000,
    );
    expect(merged).toEqual({
      entries: [
        { phoneNumber: '+48600700800', note: 'asked twice', addedAt: 1 },
        { phoneNumber: '+48600700801', note: 'moved away', addedAt: 1000 },
        { phoneNumber: '+48600700802', addedAt: 1000 },
      ],
      added: 2,
      alreadyListed: 2,
    });
  });
});

describe('parseDoNotCallCsv', () => {
  it('reads one number per line, reporting lines that are not numbers', () => {
    const text = '600 700 800\n\n+39 347 123 4567\nnot a number\n0048600700800\n12\n';
    const parsed = parseDoNotCallCsv(text, 'PL');
    expect(parsed.numbers).toEqual([
      { phoneNumber: '+48600700800' },
      { phoneNumber: '+393471234567' },
    ]);
    expect(parsed.duplicateCount).toBe(1);
    expect(parsed.phoneColumn).toBeNull();
    expect(parsed.problems.map(({ line, text }) => ({ line, text }))).toEqual([
      { line: 4, text: 'not a number' },
      { line: 6, text: '12' },
    ]);
    expect(parsed.problems[0]?.reason).toContain('letters');
  });

  it('finds the phone column by its Polish heading in a semicolon-separated sheet', () => {
    const text = '\uFEFFImię;Telefon;Uwagi\r\nAnna;600 700 800;"nie dzwonić; prosiła"\r\nJan;;\r\n';
    const parsed = parseDoNotCallCsv(text, 'PL');
    expect(parsed.phoneColumn).toBe('Telefon');
    expect(parsed.numbers).toEqual([{ phoneNumber: '+48600700800', note: 'nie dzwonić; prosiła' }]);
    expect(parsed.problems).toEqual([
      { line: 3, text: 'Jan', reason: 'This line has no phone number.', code: 'phone_missing' },
    ]);
  });

  it('finds an Italian “telefono” column among others', () => {
    const text = 'cliente,telefono\nGiulia,347 123 4567\nMarco,+39 06 1234 5678\n';
    const parsed = parseDoNotCallCsv(text, 'IT');
    expect(parsed.phoneColumn).toBe('telefono');
    expect(parsed.numbers.map((entry) => entry.phoneNumber)).toEqual([
      '+393471234567',
      '+390612345678',
    ]);
  });

  it('takes an unknown heading above numbers as a heading, not a bad line', () => {
    const parsed = parseDoNotCallCsv('Kontakt\n600 700 800\n', 'PL');
    expect(parsed.problems).toEqual([]);
    expect(parsed.phoneColumn).toBe('Kontakt');
    expect(parsed.numbers).toEqual([{ phoneNumber: '+48600700800' }]);
  });

  it('without headings, uses the first column holding a number', () => {
    const parsed = parseDoNotCallCsv('Anna,600 700 800\nJan,600 700 801\n', 'PL');
    expect(parsed.numbers.map((entry) => entry.phoneNumber)).toEqual([
      '+48600700800',
      '+48600700801',
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseDoNotCallCsv('\n \n', 'PL')).toEqual({
      numbers: [],
      problems: [],
      duplicateCount: 0,
      phoneColumn: null,
    });
  });
});
