import { describe, expect, it } from 'vitest';
import {
  createEmptyRecipient,
  createPhoneNumberNormalizer,
  StoredRecipientSchema,
  validateRecipient,
  type StoredRecipientInput,
} from '../../../shared/domain/recipients';

const PL = { defaultCountry: 'PL' } as const;

function recipient(fields: Partial<StoredRecipientInput>): StoredRecipientInput {
  return { id: 'r1', phone_number: '600 700 800', ...fields };
}

function codes(fields: Partial<StoredRecipientInput>) {
  return validateRecipient(recipient(fields), PL).map((issue) => [issue.field, issue.code]);
}

describe('validateRecipient', () => {
  it('finds nothing wrong with a complete, well-formed recipient', () => {
    const complete = StoredRecipientSchema.parse({
      id: 'r1',
      phone_number: '+48 600 700 800',
      contact_info: {
        name: 'Anna Kowalska',
        company: 'Kwiaciarnia',
        title: 'Owner',
        department: '',
      },
      preferences: {
        language: 'pl',
        timezone: 'Europe/Warsaw',
        best_call_times: ['09:00-12:00', '14:00-18:00'],
        blackout_dates: ['2025-12-24'],
      },
      metadata: {
        priority: 'high',
        customer_type: 'vip',
        tags: ['spring-promo'],
        custom_fields: { 'Shoe size': '38' },
      },
      variables: { first_name: 'Anna', _notes_for_agent_: 'Prefers mornings' },
    });
    expect(validateRecipient(complete, PL)).toEqual([]);
  });

  it('accepts the bare minimum: an id and a phone number', () => {
    expect(validateRecipient(createEmptyRecipient('r1', '600700800'), PL)).toEqual([]);
  });

  it('reports an invalid phone number with the reason', () => {
    expect(validateRecipient(recipient({ phone_number: '600 700' }), PL)).toEqual([
      {
        field: 'phone_number',
        code: 'phone_invalid',
        message: '“600 700” is not a valid phone number for Poland.',
        params: { value: '600 700', country: 'PL' },
        severity: 'error',
      },
    ]);
    expect(codes({ phone_number: '' })).toEqual([['phone_number', 'phone_missing']]);
  });

  it('reads phone numbers in the campaign country', () => {
    expect(
      validateRecipient(recipient({ phone_number: '347 123 4567' }), { defaultCountry: 'IT' }),
    ).toEqual([]);
    expect(codes({ phone_number: '347 123 4567' })).toEqual([['phone_number', 'phone_invalid']]);
  });

  it('reuses a normaliser only when it was made for the same country', () => {
    const italian = createPhoneNumberNormalizer('IT');
    expect(
      validateRecipient(recipient({ phone_number: '347 123 4567' }), {
        defaultCountry: 'PL',
        phoneNumbers: italian,
      }).map((issue) => issue.code),
    ).toEqual(['phone_invalid']);
  });

  it('reports a missing id', () => {
    expect(validateRecipient({ id: ' ', phone_number: '600700800' }, PL)[0]).toMatchObject({
      field: 'id',
      code: 'id_missing',
    });
  });

  describe('language', () => {
    it('accepts ISO 639-1 codes and what normalisation turns into one', () => {
      for (const language of ['pl', 'it', 'en', 'PL', ' de ', 'Polish', 'italiano', 'pt-BR', '']) {
        expect(codes({ preferences: { language } })).toEqual([]);
      }
    });

    it('refuses anything else', () => {
      for (const language of ['pol', 'xx', 'Klingon', 'p']) {
        expect(codes({ preferences: { language } })).toEqual([
          ['preferences.language', 'language_unknown'],
        ]);
      }
      const [issue] = validateRecipient(recipient({ preferences: { language: 'xx' } }), PL);
      expect(issue?.message).toBe(
        '“xx” is not a language we know. Use a two-letter code such as pl, it or en.',
      );
    });
  });

  describe('priority and customer type', () => {
    it('accepts the listed values in any case', () => {
      for (const priority of ['low', 'medium', 'high', 'urgent', 'High', ' URGENT ']) {
        expect(codes({ metadata: { priority } })).toEqual([]);
      }
      for (const customer_type of ['prospect', 'customer', 'vip', 'partner', 'VIP']) {
        expect(codes({ metadata: { customer_type } })).toEqual([]);
      }
    });

    it('lists the choices when the value is something else', () => {
      const issues = validateRecipient(
        recipient({ metadata: { priority: 'asap', customer_type: 'gold' } }),
        PL,
      );
      expect(issues).toEqual([
        {
          field: 'metadata.priority',
          code: 'priority_unknown',
          message: '“asap” is not a priority. Use low, medium, high or urgent.',
          params: { value: 'asap' },
          severity: 'error',
        },
        {
          field: 'metadata.customer_type',
          code: 'customer_type_unknown',
          message: '“gold” is not a customer type. Use prospect, customer, vip or partner.',
          params: { value: 'gold' },
          severity: 'error',
        },
      ]);
    });
  });

  describe('tags, custom fields and variables', () => {
    it('leaves tags alone that normalisation tidies, but warns about separators', () => {
      expect(codes({ metadata: { tags: [' spaced ', '', 'ok'] } })).toEqual([]);
      expect(validateRecipient(recipient({ metadata: { tags: ['a', 'vip, new'] } }), PL)).toEqual([
        {
          field: 'metadata.tags.1',
          code: 'tag_separator',
          message:
            'The tag “vip, new” contains a comma or semicolon, so a spreadsheet would read it as several tags.',
          params: { value: 'vip, new' },
          severity: 'warning',
        },
      ]);
    });

    it('reports custom fields without a name and names that clash once trimmed', () => {
      expect(codes({ metadata: { custom_fields: { ' Size ': '38' } } })).toEqual([]);
      expect(codes({ metadata: { custom_fields: { '': '' } } })).toEqual([]);
      expect(codes({ metadata: { custom_fields: { ' ': 'orphan value' } } })).toEqual([
        ['metadata.custom_fields. ', 'custom_field_name_empty'],
      ]);
      expect(codes({ metadata: { custom_fields: { Size: '38', 'Size ': '39' } } })).toEqual([
        ['metadata.custom_fields.Size ', 'custom_field_name_clash'],
      ]);
    });

    it('refuses variables ElevenLabs reserves and warns about unusable names', () => {
      const issues = validateRecipient(
        recipient({
          variables: { system__caller_id: 'x', 'first name': 'Anna', first_name: 'Anna' },
        }),
        PL,
      );
      expect(issues.map((issue) => [issue.field, issue.code, issue.severity])).toEqual([
        ['variables.system__caller_id', 'variable_name_reserved', 'error'],
        ['variables.first name', 'variable_name_unusable', 'warning'],
      ]);
    });

    it('reports variables without a name and names that clash once trimmed', () => {
      expect(codes({ variables: { ' first_name ': 'Anna' } })).toEqual([]);
      expect(codes({ variables: { '': 'Anna' } })).toEqual([['variables.', 'variable_name_empty']]);
      expect(codes({ variables: { first_name: 'Anna', ' first_name': 'Ann' } })).toEqual([
        ['variables. first_name', 'variable_name_clash'],
      ]);
    });
  });

  it('reports every problem of a badly broken row at once', () => {
    const issues = validateRecipient(
      recipient({
        phone_number: 'n/a',
        preferences: {
          language: 'xx',
          timezone: 'Europe/Warsawa',
          best_call_times: ['17-9'],
          blackout_dates: ['2025-02-30'],
        },
        metadata: { priority: 'asap' },
      }),
      PL,
    );
    expect(issues.map((issue) => issue.field)).toEqual([
      'phone_number',
      'preferences.language',
      'preferences.timezone',
      'preferences.best_call_times.0',
      'preferences.blackout_dates.0',
      'metadata.priority',
    ]);
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
  });
});
