import { parsePhoneNumberFromString } from 'libphonenumber-js/max/es6';
import { describe, expect, it } from 'vitest';
import {
  createPhoneNumberNormalizer,
  isE164PhoneNumber,
  normalizePhoneNumber,
  type CountryCode,
  type PhoneNumberResult,
} from '../../../shared/domain/recipients';

function e164(raw: string, country: CountryCode): string | undefined {
  const result = normalizePhoneNumber(raw, country);
  return result.ok ? result.e164 : undefined;
}

function problem(raw: string, country: CountryCode) {
  const result = normalizePhoneNumber(raw, country);
  if (result.ok) throw new Error(`expected ${raw} to be refused, got ${result.e164}`);
  return result;
}

/**
 * Numbers typed in many ways, normalised for campaigns in several countries, some of them
 * sharing a calling code (+1 is the US and Canada, +39 Italy and the Vatican): the valid ones,
 * by campaign country.
 */
function validInSeveralCountries(): Array<{ country: CountryCode; valid: PhoneNumberResult[] }> {
  const typed = [
    '600 700 800',
    '+1 416 555 0199',
    '(212) 555-0100',
    '06 698 83712',
    '+44 20 7946 0958',
    '+290 22 123',
  ];
  return (['PL', 'US', 'CA', 'IT', 'VA', 'SH'] as const).map((country) => {
    // Through a normaliser, as the Launch step and the import read them.
    const normalizer = createPhoneNumberNormalizer(country);
    const results = typed.map((raw) => normalizer.normalize(raw));
    return { country, valid: results.filter((result) => result.ok) };
  });
}

describe('normalizePhoneNumber: Polish campaign', () => {
  it.each([
    '600 700 800',
    '600-700-800',
    '600700800',
    ' 600 700 800 ',
    '600\u00a0700\u00a0800',
    '600–700–800',
    '+48 600 700 800',
    '+48600700800',
    '(+48) 600 700 800',
    '0048 600 700 800',
    '0048600700800',
    '00 48 600-700-800',
    '48 600 700 800',
    '+48 (0) 600 700 800',
    'tel:+48600700800',
  ])('reads %j as +48600700800', (typed) => {
    expect(e164(typed, 'PL')).toBe('+48600700800');
  });

  it('reads landlines with their area code', () => {
    expect(e164('12 345 67 89', 'PL')).toBe('+48123456789');
    expect(e164('+48 22 123 45 67', 'PL')).toBe('+48221234567');
  });

  it('keeps numbers of other countries in their own country', () => {
    const italian = normalizePhoneNumber('+39 347 123 4567', 'PL');
    expect(italian).toEqual({ ok: true, e164: '+393471234567', country: 'IT' });
    expect(e164('0039 347 123 4567', 'PL')).toBe('+393471234567');
    expect(e164('+44 20 7946 0958', 'PL')).toBe('+442079460958');
  });
});

describe('normalizePhoneNumber: Italian campaign', () => {
  it.each(['347 123 4567', '3471234567', '347-1234567', '+39 347 123 4567', '0039 347 1234567'])(
    'reads the mobile %j',
    (typed) => {
      expect(e164(typed, 'IT')).toBe('+393471234567');
    },
  );

  it('keeps the leading zero of Italian landlines', () => {
    expect(e164('06 1234 5678', 'IT')).toBe('+390612345678');
    expect(e164('+39 06 1234 5678', 'IT')).toBe('+390612345678');
  });

  it('reads a Polish number typed with its country code', () => {
    expect(e164('+48 600 700 800', 'IT')).toBe('+48600700800');
    expect(e164('0048 600 700 800', 'IT')).toBe('+48600700800');
  });
});

describe('normalizePhoneNumber: UK campaign', () => {
  it.each([
    '020 7946 0958',
    '(020) 7946-0958',
    '02079460958',
    '+44 20 7946 0958',
    '+44 (0)20 7946 0958',
    '0044 20 7946 0958',
  ])('reads the London number %j', (typed) => {
    expect(e164(typed, 'GB')).toBe('+442079460958');
  });

  it('reads mobiles', () => {
    expect(e164('07400 123456', 'GB')).toBe('+447400123456');
    expect(e164('+44 7400 123456', 'GB')).toBe('+447400123456');
  });
});

describe('normalizePhoneNumber: US campaign', () => {
  it.each([
    '(415) 555-2671',
    '415.555.2671',
    '415-555-2671',
    '1-415-555-2671',
    '+1 415 555 2671',
    '+1 (415) 555-2671',
  ])('reads %j', (typed) => {
    expect(e164(typed, 'US')).toBe('+14155552671');
  });

  it('reads international numbers written with 011 or 00', () => {
    expect(e164('011 48 600 700 800', 'US')).toBe('+48600700800');
    // 00 is not the US international prefix, but such a number is still clearly Polish.
    expect(e164('0048 600 700 800', 'US')).toBe('+48600700800');
  });
});

describe('normalizePhoneNumber: labelled numbers', () => {
  it.each([
    ['tel. 600 700 800', 'PL'],
    ['Tel.: +48 600 700 800', 'PL'],
    ['kom. 600-700-800', 'PL'],
    ['tel. kom. 600 700 800', 'PL'],
    ['Komórka: 600 700 800', 'PL'],
    ['tel:+48600700800', 'US'],
  ] as const)('reads %j as the number after its label', (typed, country) => {
    expect(e164(typed, country)).toBe('+48600700800');
  });

  it('reads an Italian mobile written after “Cellulare”', () => {
    expect(e164('Cellulare: 347 123 4567', 'IT')).toBe('+393471234567');
  });

  it('still says a label without a number contains letters', () => {
    expect(problem('tel.', 'PL').code).toBe('phone_letters');
    expect(problem('telefon domowy', 'PL').code).toBe('phone_letters');
  });
});

describe('normalizePhoneNumber: refusals', () => {
  it('names the campaign country for a number that is not valid there', () => {
    const result = problem('600 700', 'PL');
    expect(result.code).toBe('phone_invalid');
    expect(result.reason).toBe('“600 700” is not a valid phone number for Poland.');
  });

  it('says when a number is missing', () => {
    expect(problem('', 'PL').code).toBe('phone_missing');
    expect(problem('   ', 'PL').code).toBe('phone_missing');
  });

  it('says when a number contains letters', () => {
    const result = problem('600 7OO 800', 'PL');
    expect(result.code).toBe('phone_letters');
    expect(result.reason).toContain('contains letters');
    expect(problem('call me', 'PL').code).toBe('phone_letters');
  });

  it.each([
    ['600 700 800 / 601 234 567', 'PL'],
    ['600 700 800, 601 234 567', 'PL'],
    ['600700800;601234567', 'PL'],
    ['+48 600 700 800 lub 601 234 567', 'PL'],
    ['347 123 4567 oppure 333 765 4321', 'IT'],
  ] as const)('says that %j holds more than one number', (typed, country) => {
    const result = problem(typed, country);
    expect(result.code).toBe('phone_several');
    expect(result.reason).toBe(
      `“${typed}” holds more than one phone number. Keep the one to call, and put another in a row of its own.`,
    );
  });

  it('takes an area code before a slash as part of one number', () => {
    expect(e164('030/12345678', 'DE')).toBe('+493012345678');
    expect(e164('347/1234567', 'IT')).toBe('+393471234567');
    // A decimal comma is no list either.
    expect(problem('4,86007E+11', 'PL').code).toBe('phone_scientific_notation');
  });

  it('says when a number is too short or too long', () => {
    const short = problem('12', 'PL');
    expect(short.code).toBe('phone_too_short');
    expect(short.reason).toBe('“12” is too short to be a phone number in Poland.');
    const long = problem('6007008001234567', 'PL');
    expect(long.code).toBe('phone_too_long');
    expect(long.reason).toContain('too long');
    expect(problem('+39 347 12', 'PL').code).toBe('phone_too_short');
  });

  it('says when the country code does not exist', () => {
    const result = problem('+999 123 456', 'PL');
    expect(result.code).toBe('phone_unknown_country_code');
    expect(result.reason).toContain('country code');
  });

  it('refuses extensions instead of dropping them', () => {
    expect(problem('600-700-800 ext 12', 'PL').code).toBe('phone_extension');
    expect(problem('600 700 800 wew. 12', 'PL').code).toBe('phone_extension');
    expect(problem('600700800#12', 'PL').code).toBe('phone_extension');
  });

  it('explains numbers a spreadsheet turned into scientific notation', () => {
    const result = problem('4.86007E+11', 'PL');
    expect(result.code).toBe('phone_scientific_notation');
    expect(result.reason).toContain('Format the phone column as text');
  });

  it('refuses odd characters and non-numbers', () => {
    expect(problem('600*700*800', 'PL').code).toBe('phone_characters');
    expect(problem('--', 'PL').code).toBe('phone_not_a_number');
    expect(problem('+', 'PL').code).toBe('phone_not_a_number');
  });

  it('refuses a valid Polish number with a digit too many', () => {
    expect(problem('+48 600 700 8000', 'PL').code).toBe('phone_invalid');
  });
});

describe('isE164PhoneNumber', () => {
  it('accepts only valid numbers already written in E.164', () => {
    expect(isE164PhoneNumber('+48600700800')).toBe(true);
    expect(isE164PhoneNumber('+48 600 700 800')).toBe(false);
    expect(isE164PhoneNumber('600700800')).toBe(false);
    expect(isE164PhoneNumber('+48600700')).toBe(false);
  });

  it('accepts the E.164 form of every number normalised as valid, as parsing it would', () => {
    for (const { valid } of validInSeveralCountries()) {
      for (const result of valid) {
        if (!result.ok) continue;
        // The definition, worked out here without the numbers the module has seen.
        const parsed = parsePhoneNumberFromString(result.e164);
        const expected =
          /^\+[1-9]\d{6,14}$/.test(result.e164) &&
          parsed?.isValid() === true &&
          parsed.number === result.e164;
        expect(isE164PhoneNumber(result.e164)).toBe(expected);
      }
    }
  });
});

describe('createPhoneNumberNormalizer', () => {
  it('gives the same answers as normalizePhoneNumber and remembers them', () => {
    const normalizer = createPhoneNumberNormalizer('PL');
    const first = normalizer.normalize('600 700 800');
    expect(first).toEqual(normalizePhoneNumber('600 700 800', 'PL'));
    expect(normalizer.normalize('600 700 800')).toBe(first);
    expect(normalizer.defaultCountry).toBe('PL');
  });

  it('learns numbers found valid elsewhere as what it would make of them itself', () => {
    for (const { country, valid } of validInSeveralCountries()) {
      // As an import would hand them over.
      const learnt = { defaultCountry: country, e164: [] as string[], countries: [] as string[] };
      for (const result of valid) {
        if (!result.ok) continue;
        learnt.e164.push(result.e164);
        learnt.countries.push(result.country ?? '');
      }
      expect(learnt.e164.length).toBeGreaterThan(1);
      const learning = createPhoneNumberNormalizer(country);
      learning.learn(learnt);
      for (const number of learnt.e164) {
        expect(learning.normalize(number)).toEqual(normalizePhoneNumber(number, country));
      }
    }
  });

  it('takes learnt numbers as given, and only those learnt for its own country', () => {
    const normalizer = createPhoneNumberNormalizer('PL');
    // Numbers it would find not valid show which answers were learnt rather than worked out.
    normalizer.learn({ defaultCountry: 'PL', e164: ['+48000'], countries: ['PL'] });
    normalizer.learn({ defaultCountry: 'IT', e164: ['+39000'], countries: ['IT'] });
    expect(normalizer.normalize('+48000')).toEqual({ ok: true, e164: '+48000', country: 'PL' });
    expect(normalizer.normalize('+39000').ok).toBe(false);
  });

  it('stays correct when its cache overflows', () => {
    const normalizer = createPhoneNumberNormalizer('PL', { maxCacheSize: 2 });
    for (const typed of ['600 700 800', '600 700 801', '600 700 802', '600 700 800']) {
      expect(normalizer.normalize(typed).ok).toBe(true);
    }
  });
});
