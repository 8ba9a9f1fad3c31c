import { describe, expect, it } from 'vitest';
import type { StoredRecipient } from '../../../shared/domain/recipients';
import {
  defaultExportColumns,
  exportColumns,
  importSpreadsheet,
  neutraliseFormula,
  recipientsToCsv,
  recipientsToCsvInSlices,
  rememberImportedColumns,
  suggestMapping,
} from '../../../shared/domain/spreadsheet';
import { csv, legacy, sequentialIds, utf8 } from './fixtures';

interface RecipientValues {
  phone_number?: string;
  contact_info?: StoredRecipient['contact_info'];
  preferences?: Partial<StoredRecipient['preferences']>;
  metadata?: Partial<StoredRecipient['metadata']>;
  variables?: Record<string, string>;
}

function recipient(id: string, values: RecipientValues = {}): StoredRecipient {
  return {
    id,
    phone_number: values.phone_number ?? '+48600700800',
    contact_info: values.contact_info ?? {},
    preferences: { best_call_times: [], blackout_dates: [], ...values.preferences },
    metadata: { tags: [], custom_fields: {}, ...values.metadata },
    variables: values.variables ?? {},
  };
}

function withoutIds(recipients: readonly StoredRecipient[]): Omit<StoredRecipient, 'id'>[] {
  return recipients.map(({ id: _id, ...rest }) => rest);
}

async function reimport(text: string, agentVariables: string[] = []) {
  const result = await importSpreadsheet(utf8(text), {
    defaultCountry: 'PL',
    duplicatePolicy: 'keep-all',
    agentVariables,
    idFactory: sequentialIds('again'),
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

describe('recipientsToCsv', () => {
  it('writes UTF-8 with a byte order mark, CRLF rows and RFC 4180 quoting', () => {
    const text = recipientsToCsv([
      recipient('a', {
        contact_info: { name: 'Rossi, "Mario"', company: 'Line one\nLine two' },
        metadata: { tags: ['vip', 'new'], custom_fields: {} },
        preferences: { best_call_times: ['09:00-12:00', '14:00-17:00'], blackout_dates: [] },
      }),
    ]);
    expect(text).toBe(
      '\uFEFFPhone number,Name,Company,Best call times,Tags\r\n' +
        '+48600700800,"Rossi, ""Mario""","Line one\nLine two",09:00-12:00|14:00-17:00,vip|new\r\n',
    );
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(
      [
        '=1+1',
        '+SUM(A1)',
        '-2+3',
        '@cmd',
        '\t=x',
        '\r=x',
        'plain',
        "'quoted",
        "'=already",
        '+48600700800',
      ].map(neutraliseFormula),
    ).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2+3",
      "'@cmd",
      "'\t=x",
      "'\r=x",
      'plain',
      "'quoted",
      "''=already",
      // Digits after a plus can't do anything as a formula; the number stays readable.
      '+48600700800',
    ]);
    const text = recipientsToCsv([
      recipient('a', {
        phone_number: '+48 600 (invalid',
        contact_info: { name: '=HYPERLINK("http://evil","Click")' },
        metadata: { tags: ['-x'], custom_fields: { '=Field': '@SUM(1)' } },
      }),
    ]);
    expect(text).toBe(
      "\uFEFFPhone number,Name,Tags,'=Field\r\n" +
        `'+48 600 (invalid,"'=HYPERLINK(""http://evil"",""Click"")",'-x,'@SUM(1)\r\n`,
    );
  });

  it('uses the semicolon Polish and Italian Excel expect when asked', () => {
    const text = recipientsToCsv([recipient('a', { contact_info: { name: 'Kowalska; Anna' } })], {
      delimiter: ';',
    });
    expect(text).toBe('\uFEFFPhone number;Name\r\n+48600700800;"Kowalska; Anna"\r\n');
  });

  it('names columns so they are read back as the same targets', () => {
    const recipients = [
      recipient('a', {
        metadata: { tags: [], custom_fields: { Telefon: 'second line', Shoe: '38' } },
        variables: { first_name: 'Anna' },
      }),
    ];
    expect(defaultExportColumns(recipients)).toEqual([
      { header: 'Phone number', target: 'phone_number' },
      { header: 'Telefon', target: 'metadata.custom_fields.Telefon' },
      { header: 'Shoe', target: 'metadata.custom_fields.Shoe' },
      { header: 'variables.first_name', target: 'variables.first_name' },
    ]);
    // A heading the import would read as something else is written as the target's path.
    expect(
      recipientsToCsv(recipients, {
        columns: [
          { header: 'Telefon', target: 'metadata.custom_fields.Telefon' },
          { header: 'Phone number', target: 'phone_number' },
        ],
      }).split('\r\n')[0],
    ).toBe('\uFEFFmetadata.custom_fields.Telefon,Phone number,Shoe,variables.first_name');
  });
});

describe('recipientsToCsvInSlices', () => {
  const many = Array.from({ length: 5_000 }, (_, index) =>
    recipient(`r${index}`, { contact_info: { name: `Person ${index}` } }),
  );

  it('writes what recipientsToCsv writes, a part per slice of rows, letting other work run in between', async () => {
    const events: string[] = [];
    const parts = await recipientsToCsvInSlices(
      many,
      { delimiter: ';' },
      (text) => {
        events.push('part');
        return text;
      },
      {
        yieldToEventLoop: async () => {
          events.push('yield');
        },
        onProgress: ({ rows, fraction }) => events.push(`${rows} ${fraction}`),
      },
    );
    expect(parts?.join('')).toBe(recipientsToCsv(many, { delimiter: ';' }));
    expect(parts?.[0]?.startsWith('\uFEFF')).toBe(true);
    expect(events).toEqual([
      // Looking through the rows for the columns, then writing them.
      'yield',
      ...['yield', 'part', '2000 0.4'],
      ...['yield', 'part', '4000 0.8'],
      ...['yield', 'part', '5000 1'],
    ]);
  });

  it('gives the heading row for a list without anyone', async () => {
    const parts = await recipientsToCsvInSlices([], {}, (text) => text);
    expect(parts).toEqual([recipientsToCsv([])]);
  });

  it('stops, giving nothing, once cancelled', async () => {
    const controller = new AbortController();
    const parts = await recipientsToCsvInSlices(many, {}, (text) => text, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(parts).toBeUndefined();
  });
});

describe('the columns of an export', () => {
  const recipients = [
    recipient('a', {
      contact_info: { name: 'Anna Kowalska' },
      metadata: { tags: ['vip'], custom_fields: { Sklep: '12' } },
    }),
  ];

  it('puts the imported columns first, under their headings, and then every other field held', () => {
    expect(
      exportColumns(recipients, [
        { header: 'Imię i nazwisko', target: 'contact_info.name' },
        { header: 'Telefon', target: 'phone_number' },
      ]),
    ).toEqual([
      { header: 'Imię i nazwisko', target: 'contact_info.name' },
      { header: 'Telefon', target: 'phone_number' },
      // Added in the editor after the import.
      { header: 'Tags', target: 'metadata.tags' },
      { header: 'Sklep', target: 'metadata.custom_fields.Sklep' },
    ]);
  });

  it('leaves out an imported column that nobody has a value for, and a second one for a field', () => {
    expect(
      exportColumns(recipients, [
        { header: 'Telefon', target: 'phone_number' },
        { header: 'Firma', target: 'contact_info.company' },
        { header: 'Komórka', target: 'phone_number' },
        { header: 'Notatka', target: 'metadata.custom_fields.Notatka' },
      ]).map((column) => column.header),
    ).toEqual(['Telefon', 'Name', 'Tags', 'Sklep']);
  });

  it('remembers each field’s first column over several imports, never a column left out', () => {
    const first = rememberImportedColumns(
      [],
      [
        { header: 'Telefon', target: 'phone_number' },
        { header: 'Uwagi', target: 'ignore' },
        { header: 'Tag 1', target: 'metadata.tags' },
        { header: 'Tag 2', target: 'metadata.tags' },
      ],
    );
    expect(first).toEqual([
      { header: 'Telefon', target: 'phone_number' },
      { header: 'Tag 1', target: 'metadata.tags' },
    ]);
    expect(
      rememberImportedColumns(first, [
        { header: 'Phone', target: 'phone_number' },
        { header: 'Name', target: 'contact_info.name' },
        // Too long a heading for a draft to keep: its field exports under its own heading.
        { header: 'x'.repeat(5_000), target: 'contact_info.company' },
      ]),
    ).toEqual([...first, { header: 'Name', target: 'contact_info.name' }]);
  });
});

describe('export → import round trip', () => {
  it('gives back the same recipients with the suggested mapping', async () => {
    const original = [
      recipient('a', {
        phone_number: '+48600700800',
        contact_info: {
          name: 'Żaneta Wójcik',
          company: 'Kwiaciarnia "Róża", Łódź',
          title: 'Owner',
        },
        preferences: {
          language: 'pl',
          timezone: 'Europe/Warsaw',
          best_call_times: ['09:00-12:00', '14:00-17:00'],
          blackout_dates: ['2025-12-24'],
        },
        metadata: {
          priority: 'high',
          customer_type: 'vip',
          tags: ['Rossi, Mario'],
          custom_fields: {
            'Account value': '1 200,50',
            Note: 'Line one\r\nLine two',
            Telefon: '=2+2',
          },
        },
        variables: { first_name: 'Żaneta', appointment: '-1 day' },
      }),
      recipient('b', {
        phone_number: '600 700', // invalid numbers stay as typed
        contact_info: { name: '@home', title: "'=typed with an apostrophe" },
        preferences: { best_call_times: ['17:00-09:00'], blackout_dates: ['2025-02-30'] },
        metadata: { tags: ['a', 'b'], custom_fields: {}, priority: 'asap' },
      }),
    ];
    const exported = recipientsToCsv(original);
    const back = await reimport(exported);
    expect(withoutIds(back.recipients)).toEqual(withoutIds(original));
  });

  it('keeps the person’s headings when exporting with the import mapping', async () => {
    const source = csv(
      [
        ['Telefon', 'Imię i nazwisko', 'Godziny kontaktu', 'Tagi', 'Kod klienta', 'Numer sklepu'],
        ['600 700 800', 'Anna Kowalska', '9-12, 14-17', 'vip, wiosna', 'K-17', '12'],
        ['+39 347 123 4567', 'Mario Rossi', '', '', '', '3'],
      ],
      ';',
    );
    // "Kod klienta" is set to the agent's {{customer_code}} by hand.
    const first = await importSpreadsheet(utf8(source), {
      defaultCountry: 'PL',
      agentVariables: ['customer_code'],
      mapping: (headers) =>
        suggestMapping(headers).map((column) =>
          column.header === 'Kod klienta'
            ? { ...column, target: 'variables.customer_code' as const }
            : column,
        ),
    });
    if (!first.ok) throw new Error(first.problem.message);
    const columns = first.mapping;
    const exported = recipientsToCsv(first.recipients, {
      columns,
      delimiter: ';',
      agentVariables: ['customer_code'],
    });
    // Read back, "Kod klienta" would become a custom field, so the export names the variable.
    expect(exported.split('\r\n')[0]).toBe(
      '\uFEFFTelefon;Imię i nazwisko;Godziny kontaktu;Tagi;variables.customer_code;Numer sklepu',
    );
    const second = await reimport(exported, ['customer_code']);
    expect(withoutIds(second.recipients)).toEqual(withoutIds(first.recipients));
    expect(second.recipients[0]?.variables).toEqual({ customer_code: 'K-17' });
  });

  it('round-trips a legacy-encoded file through UTF-8', async () => {
    const bytes = legacy(
      'Telefono;Nome;Città\r\n347 123 4567;Niccolò Rossi;Forlì\r\n',
      'windows-1252',
    );
    const first = await importSpreadsheet(bytes, { defaultCountry: 'IT' });
    if (!first.ok) throw new Error(first.problem.message);
    expect(first.encoding).toBe('windows-1252');
    expect(first.recipients[0]).toMatchObject({
      phone_number: '+393471234567',
      contact_info: { name: 'Niccolò Rossi' },
      metadata: { custom_fields: { Città: 'Forlì' } },
    });
    const again = await importSpreadsheet(utf8(recipientsToCsv(first.recipients)), {
      defaultCountry: 'IT',
    });
    expect(again.ok && withoutIds(again.recipients)).toEqual(withoutIds(first.recipients));
  });
});
