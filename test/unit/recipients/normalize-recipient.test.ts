import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import {
  CUSTOMER_TYPES,
  normalizeRecipient,
  normalizeRecipients,
  PRIORITIES,
  readCustomerType,
  readPriority,
  RecipientSchema,
  StoredRecipientSchema,
  toRecipient,
  validateRecipient,
  type StoredRecipientInput,
} from '../../../shared/domain/recipients';

const messy: StoredRecipientInput = {
  id: 'r1',
  phone_number: ' 600 700 800 ',
  contact_info: { name: '  Anna Kowalska ', company: '', title: ' ' },
  preferences: {
    language: 'Polish',
    timezone: 'europe/warsaw',
    best_call_times: ['9-12', ' ', '14:00 – 17:30'],
    blackout_dates: [' 2025-12-24 ', ''],
  },
  metadata: {
    priority: 'High',
    customer_type: ' VIP ',
    tags: [' promo ', 'promo', '', 'new'],
    custom_fields: { ' Shoe size ': ' 38 ', '': '' },
  },
  variables: { ' first_name ': ' Anna ' },
};

describe('normalizeRecipient', () => {
  it('puts every readable value into its canonical form', () => {
    expect(normalizeRecipient(messy, 'PL')).toEqual({
      id: 'r1',
      phone_number: '+48600700800',
      contact_info: { name: 'Anna Kowalska' },
      preferences: {
        language: 'pl',
        timezone: 'Europe/Warsaw',
        best_call_times: ['09:00-12:00', '14:00-17:30'],
        blackout_dates: ['2025-12-24'],
      },
      metadata: {
        priority: 'high',
        customer_type: 'vip',
        tags: ['promo', 'new'],
        custom_fields: { 'Shoe size': '38' },
      },
      variables: { first_name: 'Anna' },
    });
  });

  it('leaves values it cannot read as typed, only trimmed', () => {
    const normalized = normalizeRecipient(
      {
        id: 'r2',
        phone_number: ' 600 700 ',
        preferences: {
          timezone: 'Europe/Warsawa',
          language: 'Klingon',
          best_call_times: ['22:00-06:00'],
          blackout_dates: ['2025-02-29'],
        },
        metadata: { priority: 'asap', custom_fields: { ' x': '1', x: '2' } },
      },
      'PL',
    );
    expect(normalized.phone_number).toBe('600 700');
    expect(normalized.preferences).toEqual({
      timezone: 'Europe/Warsawa',
      language: 'Klingon',
      best_call_times: ['22:00-06:00'],
      blackout_dates: ['2025-02-29'],
    });
    expect(normalized.metadata.priority).toBe('asap');
    // Trimming must not merge two fields: the clashing one keeps its name.
    expect(normalized.metadata.custom_fields).toEqual({ ' x': '1', x: '2' });
  });

  it('does not change the recipient it was given', () => {
    const copy = structuredClone(messy);
    normalizeRecipient(messy, 'PL');
    expect(messy).toEqual(copy);
  });

  it('fills in missing groups, so the result is a complete stored recipient', () => {
    const normalized = normalizeRecipient({ id: 'r3', phone_number: '347 123 4567' }, 'IT');
    expect(normalized).toEqual(
      StoredRecipientSchema.parse({ id: 'r3', phone_number: '+393471234567' }),
    );
  });

  it('is idempotent and never introduces issues', () => {
    const once = normalizeRecipient(messy, 'PL');
    expect(normalizeRecipient(once, 'PL')).toEqual(once);
    expect(validateRecipient(messy, { defaultCountry: 'PL' })).toEqual([]);
    expect(validateRecipient(once, { defaultCountry: 'PL' })).toEqual([]);
  });

  it('normalises whole lists', () => {
    const list = normalizeRecipients(
      [
        { id: 'a', phone_number: '600 700 800' },
        { id: 'b', phone_number: '+39 347 123 4567' },
      ],
      'PL',
    );
    expect(list.map((r) => r.phone_number)).toEqual(['+48600700800', '+393471234567']);
  });
});

describe('toRecipient', () => {
  it('returns the canonical, schema-valid recipient', () => {
    const result = toRecipient(messy, { defaultCountry: 'PL' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.recipient.phone_number).toBe('+48600700800');
    expect(result.recipient.preferences.best_call_times).toEqual(['09:00-12:00', '14:00-17:30']);
    expect(RecipientSchema.safeParse(result.recipient).success).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('passes warnings along without blocking', () => {
    const result = toRecipient(
      { id: 'r1', phone_number: '600700800', variables: { 'first name': 'Anna' } },
      { defaultCountry: 'PL' },
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.map((w) => w.code)).toEqual(['variable_name_unusable']);
  });

  it('refuses a recipient with errors, with paths as the user sees them', () => {
    const result = toRecipient(
      { id: 'r1', phone_number: '600 700', preferences: { best_call_times: ['', 'lunch'] } },
      { defaultCountry: 'PL' },
    );
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { field: 'phone_number', code: 'phone_invalid' },
        { field: 'preferences.best_call_times.1', code: 'call_window_format' },
      ],
    });
  });
});

describe('RecipientSchema', () => {
  it('refuses raw values that only the stored shape may hold', () => {
    const raw = StoredRecipientSchema.parse({ id: 'r1', phone_number: '600 700 800' });
    expect(RecipientSchema.safeParse(raw).success).toBe(false);
    const withZone = { ...raw, phone_number: '+48600700800' };
    expect(RecipientSchema.safeParse(withZone).success).toBe(true);
    expect(
      RecipientSchema.safeParse({
        ...withZone,
        preferences: { ...withZone.preferences, timezone: 'europe/warsaw' },
      }).success,
    ).toBe(false);
  });
});

describe('priorities and customer types in the owner’s language', () => {
  it('reads them as a Polish or Italian list writes them', () => {
    const read = (priority: string, customer_type: string) =>
      normalizeRecipient(
        { id: 'r1', phone_number: '600700800', metadata: { priority, customer_type } },
        'PL',
      ).metadata;
    expect(read('Wysoki', 'Stały klient')).toMatchObject({
      priority: 'high',
      customer_type: 'customer',
    });
    expect(read(' sredni ', 'Potencjalna klientka')).toMatchObject({
      priority: 'medium',
      customer_type: 'prospect',
    });
    expect(read('Bassa', 'Cliente')).toMatchObject({ priority: 'low', customer_type: 'customer' });
    expect(read('URGENTE', 'partner')).toMatchObject({
      priority: 'urgent',
      customer_type: 'partner',
    });
    expect(
      validateRecipient(
        {
          id: 'r1',
          phone_number: '600700800',
          metadata: { priority: 'Pilne', customer_type: 'VIP' },
        },
        { defaultCountry: 'PL' },
      ),
    ).toEqual([]);
    // Still not a guess: a word that names no priority is reported.
    expect(readPriority('asap')).toBeUndefined();
  });

  it.each(['en', 'pl', 'it'] as const)('reads back every label the app shows in %s', (language) => {
    const texts = resources[language].recipients;
    for (const priority of PRIORITIES)
      expect(readPriority(texts.priority[priority])).toBe(priority);
    for (const type of CUSTOMER_TYPES)
      expect(readCustomerType(texts.customerType[type])).toBe(type);
  });
});
