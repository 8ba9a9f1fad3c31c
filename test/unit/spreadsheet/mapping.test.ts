import { describe, expect, it } from 'vitest';
import {
  applyRememberedMapping,
  checkMapping,
  columnTargetLabel,
  describeTarget,
  isColumnTarget,
  mappingMemoryKey,
  rememberMapping,
  suggestMapping,
  type ColumnTarget,
} from '../../../shared/domain/spreadsheet';

function targets(headers: string[], agentVariables?: string[]): ColumnTarget[] {
  return suggestMapping(headers, agentVariables ? { agentVariables } : {}).map(
    (column) => column.target,
  );
}

describe('suggestMapping', () => {
  it('recognises English, Polish and Italian headings', () => {
    expect(
      targets([
        'Phone Number',
        'Imię i nazwisko',
        'Azienda',
        'Stanowisko',
        'Lingua',
        'Strefa czasowa',
        'Orari di chiamata',
        'Nie dzwonić',
        'Priorytet',
        'Tipo cliente',
        'Tagi',
      ]),
    ).toEqual([
      'phone_number',
      'contact_info.name',
      'contact_info.company',
      'contact_info.title',
      'preferences.language',
      'preferences.timezone',
      'preferences.best_call_times',
      'preferences.blackout_dates',
      'metadata.priority',
      'metadata.customer_type',
      'metadata.tags',
    ]);
    for (const phone of [
      'Telefon',
      'Nr telefonu',
      'Cellulare',
      'phone_number',
      'Numer telefonu:',
    ]) {
      expect(targets([phone])).toEqual(['phone_number']);
    }
    expect(targets(['Nome', 'Fuso orario', 'Firma'])).toEqual([
      'contact_info.name',
      'preferences.timezone',
      'contact_info.company',
    ]);
  });

  it('follows dotted headings to nested fields', () => {
    expect(
      targets([
        'phone_number',
        'contact_info.name',
        'Contact_Info.Company',
        'preferences.best_call_times',
        'metadata.custom_fields.account_value',
        'variables.first_name',
      ]),
    ).toEqual([
      'phone_number',
      'contact_info.name',
      'contact_info.company',
      'preferences.best_call_times',
      'metadata.custom_fields.account_value',
      'variables.first_name',
    ]);
  });

  it('maps columns named like the agent’s placeholders to those variables', () => {
    const agentVariables = ['first_name', 'appointmentDate', '_notes_for_agent_', 'company'];
    expect(
      targets(
        ['Telefon', 'First Name', 'APPOINTMENT_DATE', 'Notes for agent', 'Company', 'first_name'],
        agentVariables,
      ),
    ).toEqual([
      'phone_number',
      'variables.first_name',
      'variables.appointmentDate',
      'variables._notes_for_agent_',
      // A placeholder wins over a field of the same name: filling the agent's prompt is what
      // the columns are for.
      'variables.company',
      // A second column for the same variable is kept as a custom field instead.
      'metadata.custom_fields.first_name',
    ]);
  });

  it('takes a heading written as a placeholder at its word', () => {
    expect(targets(['Phone', 'First name', '{{first_name}}'], ['first_name'])).toEqual([
      'phone_number',
      'metadata.custom_fields.First name',
      'variables.first_name',
    ]);
    expect(targets(['Phone', '{{ visit_time }}'])).toEqual([
      'phone_number',
      'variables.visit_time',
    ]);
  });

  it('keeps the phone column for the phone number even if a placeholder shares its name', () => {
    expect(targets(['Phone', 'Name'], ['phone'])).toEqual(['phone_number', 'contact_info.name']);
  });

  it('turns unknown headings into custom fields, and repeats of a field too', () => {
    expect(targets(['Telefon', 'Cellulare', 'Shoe size', 'Shoe size', 'Column D'])).toEqual([
      'phone_number',
      'metadata.custom_fields.Cellulare',
      'metadata.custom_fields.Shoe size',
      'metadata.custom_fields.Shoe size (2)',
      'metadata.custom_fields.Column D',
    ]);
  });

  it('lets several columns feed one list', () => {
    expect(targets(['Phone', 'Tag', 'Tags'])).toEqual([
      'phone_number',
      'metadata.tags',
      'metadata.tags',
    ]);
  });
});

describe('column targets', () => {
  it('describes and labels targets', () => {
    expect(describeTarget('metadata.custom_fields.a.b')).toEqual({
      kind: 'custom_field',
      key: 'a.b',
    });
    expect(describeTarget('variables.first_name')).toEqual({
      kind: 'variable',
      name: 'first_name',
    });
    expect(describeTarget('ignore')).toEqual({ kind: 'ignore' });
    expect(columnTargetLabel('preferences.timezone')).toBe('Time zone');
    expect(columnTargetLabel('metadata.custom_fields.Shoe size')).toBe('Shoe size (custom field)');
    expect(columnTargetLabel('variables.first_name')).toBe('first_name (agent variable)');
    expect(
      ['phone_number', 'ignore', 'variables.x', 'variables.', 'contact_info.email'].map(
        isColumnTarget,
      ),
    ).toEqual([true, true, true, false, false]);
  });
});

describe('checkMapping', () => {
  it('requires a phone column and one column per single-value field', () => {
    const problems = checkMapping(
      [
        { header: 'Nome', target: 'contact_info.name' },
        { header: 'Nominativo', target: 'contact_info.name' },
        { header: 'Tag', target: 'metadata.tags' },
        { header: 'Tags', target: 'metadata.tags' },
      ],
      { agentVariables: ['first_name', 'system__time'] },
    );
    expect(problems).toEqual([
      {
        code: 'phone_unmapped',
        severity: 'error',
        message: 'Choose the column that holds the phone numbers.',
        columns: [],
      },
      {
        code: 'target_repeated',
        severity: 'error',
        message:
          '“Nome” and “Nominativo” are all set to Name. Choose one of them; import the others as custom fields or not at all.',
        columns: [0, 1],
      },
      {
        code: 'variable_unmapped',
        severity: 'warning',
        message:
          'The agent uses {{first_name}}, but no column fills it in. Every call will use the campaign’s value for it, or the agent’s default.',
        columns: [],
      },
    ]);
  });

  it('flags variable names the agent cannot use', () => {
    const problems = checkMapping([
      { header: 'Phone', target: 'phone_number' },
      { header: 'x', target: 'variables.first name' },
      { header: 'y', target: 'variables.system__call_id' },
    ]);
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ['variable_name_unusable', 'warning'],
      ['variable_name_reserved', 'error'],
    ]);
  });
});

describe('mapping memory', () => {
  it('keys a header set regardless of order, case, accents and punctuation', () => {
    const key = mappingMemoryKey(['Telefon', 'Imię', 'Miasto']);
    expect(mappingMemoryKey(['miasto', 'IMIE', 'Telefon:'])).toBe(key);
    expect(mappingMemoryKey(['Telefon', 'Imię'])).not.toBe(key);
    expect(mappingMemoryKey(['Telefon', 'Imię', 'Miasto', 'Miasto'])).not.toBe(key);
    expect(key).toMatch(/^headers-v1:3:[0-9a-f]{14}$/);
  });

  it('lays a remembered mapping onto the same headings in another order', () => {
    const remembered = rememberMapping([
      { header: 'Telefon', target: 'phone_number' },
      { header: 'Kod klienta', target: 'variables.customer_code' },
      { header: 'Uwagi', target: 'ignore' },
    ]);
    expect(
      applyRememberedMapping(['uwagi', 'KOD KLIENTA', 'Telefon', 'Firma'], remembered),
    ).toEqual([
      { header: 'uwagi', target: 'ignore' },
      { header: 'KOD KLIENTA', target: 'variables.customer_code' },
      { header: 'Telefon', target: 'phone_number' },
      { header: 'Firma', target: 'contact_info.company' },
    ]);
  });
});
