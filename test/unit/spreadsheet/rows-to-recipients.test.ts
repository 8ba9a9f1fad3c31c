import { describe, expect, it } from 'vitest';
import {
  normalizeRecipient,
  validateRecipient,
  type StoredRecipient,
  type StoredRecipientInput,
} from '../../../shared/domain/recipients';
import {
  convertRows,
  createRecipientAssembler,
  joinListCell,
  rowsToRecipients,
  splitListCell,
  suggestMapping,
  type MappedColumn,
  type SpreadsheetRow,
} from '../../../shared/domain/spreadsheet';
import { sequentialIds } from './fixtures';
import { patchGroup } from '../../../renderer/src/features/recipients/recipient-values';

function rowsOf(...cells: string[][]): SpreadsheetRow[] {
  return cells.map((row, index) => ({ rowNumber: index + 2, cells: row }));
}

describe('list cells', () => {
  it('splits call times on commas, semicolons, pipes and spaces, but not decimal commas', () => {
    expect(splitListCell('9-12, 14-17', 'call_windows')).toEqual(['9-12', '14-17']);
    expect(splitListCell('09:00-12:00;14:00-17:30', 'call_windows')).toEqual([
      '09:00-12:00',
      '14:00-17:30',
    ]);
    expect(splitListCell('9-12 | 14-17', 'call_windows')).toEqual(['9-12', '14-17']);
    expect(splitListCell('9 - 12', 'call_windows')).toEqual(['9 - 12']);
    expect(splitListCell('9-12 14-17', 'call_windows')).toEqual(['9-12', '14-17']);
    expect(splitListCell('9-12 e 14-17', 'call_windows')).toEqual(['9-12', '14-17']);
    // A comma that is a decimal mark leaves the value whole, for validation to report.
    expect(splitListCell('9,30-12,30', 'call_windows')).toEqual(['9,30-12,30']);
    expect(splitListCell('  ', 'call_windows')).toEqual([]);
  });

  it('splits dates and tags', () => {
    expect(splitListCell('2025-12-24, 2025-12-31', 'dates')).toEqual(['2025-12-24', '2025-12-31']);
    expect(splitListCell('2025-12-24 2025-12-31', 'dates')).toEqual(['2025-12-24', '2025-12-31']);
    expect(splitListCell('24 dicembre 2025', 'dates')).toEqual(['24 dicembre 2025']);
    expect(splitListCell('vip, spring promo;new', 'tags')).toEqual(['vip', 'spring promo', 'new']);
    expect(splitListCell('vip|Rossi, Mario|', 'tags')).toEqual(['vip', 'Rossi, Mario']);
  });

  it('joins lists so they split back the same', () => {
    expect(joinListCell(['vip', 'new'], 'tags')).toBe('vip|new');
    expect(joinListCell(['Rossi, Mario'], 'tags')).toBe('Rossi, Mario|');
    expect(joinListCell(['vip'], 'tags')).toBe('vip');
    expect(joinListCell([], 'tags')).toBe('');
    for (const items of [['Rossi, Mario'], ['a; b', 'c'], ['9-12 14-17']]) {
      expect(splitListCell(joinListCell(items, 'tags'), 'tags')).toEqual(items);
    }
  });
});

describe('rowsToRecipients', () => {
  const headers = [
    'Telefon',
    'Imię i nazwisko',
    'Firma',
    'Język',
    'Strefa czasowa',
    'Godziny kontaktu',
    'Nie dzwonić',
    'Priorytet',
    'Typ klienta',
    'Tagi',
    'Wartość konta',
    'first_name',
  ];
  const mapping = suggestMapping(headers, { agentVariables: ['first_name'] });

  it('builds normalised recipients from the mapped cells', () => {
    const result = rowsToRecipients(
      rowsOf([
        '600 700 800',
        ' Anna Kowalska ',
        'Kwiaciarnia Róża',
        'Polish',
        'europe/warsaw',
        '9-12, 14-17',
        // As Polish Excel saves a date cell, and as typed by hand.
        '24.12.2025|2025-12-31',
        'High',
        'VIP',
        'vip, wiosna',
        '1 200,50',
        'Anna',
      ]),
      mapping,
      { defaultCountry: 'PL', idFactory: sequentialIds() },
    );
    expect(result.recipients).toEqual([
      {
        id: 'r1',
        phone_number: '+48600700800',
        contact_info: { name: 'Anna Kowalska', company: 'Kwiaciarnia Róża' },
        preferences: {
          language: 'pl',
          timezone: 'Europe/Warsaw',
          best_call_times: ['09:00-12:00', '14:00-17:00'],
          blackout_dates: ['2025-12-24', '2025-12-31'],
        },
        metadata: {
          priority: 'high',
          customer_type: 'vip',
          tags: ['vip', 'wiosna'],
          custom_fields: { 'Wartość konta': '1 200,50' },
        },
        variables: { first_name: 'Anna' },
      },
    ]);
    expect(result.rowNumbers).toEqual([2]);
    expect(result.report).toMatchObject({
      rowsRead: 1,
      imported: 1,
      rowsWithErrors: 0,
      issues: [],
      duplicateCount: 0,
    });
  });

  it('imports rows with problems too, and reports row, column and reason', () => {
    const result = rowsToRecipients(
      rowsOf(
        ['600 700', 'Jan', '', '', 'Mars/Olympus', '9-12, 17-9', '', 'asap', '', '', '', ''],
        ['601 701 801', 'Ewa', '', 'xx', '', '', '2025-02-30', '', '', '', '', ''],
      ),
      mapping,
      { defaultCountry: 'PL', idFactory: sequentialIds() },
    );
    expect(result.recipients.map((recipient) => recipient.phone_number)).toEqual([
      '600 700',
      '+48601701801',
    ]);
    const issues = result.report.issues.map(({ rowNumber, column, field, code }) => ({
      rowNumber,
      column,
      field,
      code,
    }));
    expect(issues).toEqual([
      { rowNumber: 2, column: 'Telefon', field: 'phone_number', code: 'phone_invalid' },
      {
        rowNumber: 2,
        column: 'Strefa czasowa',
        field: 'preferences.timezone',
        code: 'time_zone_unknown',
      },
      {
        rowNumber: 2,
        column: 'Godziny kontaktu',
        field: 'preferences.best_call_times.1',
        code: 'call_window_overnight',
      },
      { rowNumber: 2, column: 'Priorytet', field: 'metadata.priority', code: 'priority_unknown' },
      { rowNumber: 3, column: 'Język', field: 'preferences.language', code: 'language_unknown' },
      {
        rowNumber: 3,
        column: 'Nie dzwonić',
        field: 'preferences.blackout_dates.0',
        code: 'date_not_in_calendar',
      },
    ]);
    expect(result.report.issues[0]?.message).toBe(
      '“600 700” is not a valid phone number for Poland.',
    );
    expect(result.report).toMatchObject({ imported: 2, rowsWithErrors: 2, issueCount: 6 });
  });

  it('names the column of a list item when several columns feed the list', () => {
    const twoTagColumns: MappedColumn[] = [
      { header: 'Phone', target: 'phone_number' },
      { header: 'Hours A', target: 'preferences.best_call_times' },
      { header: 'Hours B', target: 'preferences.best_call_times' },
    ];
    const result = rowsToRecipients(rowsOf(['600700800', '9-12, 13-14', '15-14']), twoTagColumns, {
      defaultCountry: 'PL',
    });
    expect(result.report.issues.map((issue) => [issue.field, issue.column])).toEqual([
      ['preferences.best_call_times.2', 'Hours B'],
    ]);
  });

  it('skips and counts rows with nothing in them', () => {
    const result = rowsToRecipients(
      rowsOf(['600700800', 'Anna'], ['  ', ''], [], ['601701801', 'Jan']),
      [
        { header: 'Phone', target: 'phone_number' },
        { header: 'Name', target: 'contact_info.name' },
      ],
      { defaultCountry: 'PL' },
    );
    expect(result.rowNumbers).toEqual([2, 5]);
    expect(result.report).toMatchObject({ rowsRead: 2, imported: 2, emptyRowsSkipped: 2 });
  });

  it('reads cells literally, undoing only an export’s formula guard', () => {
    const result = rowsToRecipients(
      rowsOf(['600700800', '\'=HYPERLINK("x")', "'-5", "'plain"]),
      [
        { header: 'Phone', target: 'phone_number' },
        { header: 'Name', target: 'contact_info.name' },
        { header: 'Balance', target: 'metadata.custom_fields.Balance' },
        { header: '__proto__', target: 'metadata.custom_fields.__proto__' },
      ],
      { defaultCountry: 'PL' },
    );
    const [recipient] = result.recipients;
    expect(recipient?.contact_info.name).toBe('=HYPERLINK("x")');
    expect(Object.entries(recipient?.metadata.custom_fields ?? {})).toEqual([
      ['Balance', '-5'],
      ['__proto__', "'plain"],
    ]);
  });

  it('leaves empty cells out of variables, so the agent’s defaults still apply', () => {
    const result = rowsToRecipients(
      rowsOf(['600700800', '', 'x']),
      [
        { header: 'Phone', target: 'phone_number' },
        { header: 'first_name', target: 'variables.first_name' },
        { header: 'Ignored', target: 'ignore' },
      ],
      { defaultCountry: 'PL' },
    );
    expect(result.recipients[0]?.variables).toEqual({});
  });
});

describe('rowsToRecipients: duplicates', () => {
  const columns: MappedColumn[] = [
    { header: 'Phone', target: 'phone_number' },
    { header: 'Name', target: 'contact_info.name' },
  ];
  const rows = rowsOf(
    ['600 700 800', 'Anna'],
    ['+48 600-700-800', 'Anna again'],
    ['601 701 801', 'Jan (already in the draft)'],
    ['0048 601 701 801', 'Jan again'],
    ['602 702 802', 'Ewa'],
    ['12', 'Broken'],
    ['12', 'Broken again'],
  );
  const existingRecipients = [{ phone_number: '+48601701801' }, { phone_number: '603 703 803' }];

  function run(duplicatePolicy: 'skip' | 'keep-first' | 'keep-all') {
    return rowsToRecipients(rows, columns, {
      defaultCountry: 'PL',
      existingRecipients,
      duplicatePolicy,
    });
  }

  it('keep-all imports everything and reports the duplicates', () => {
    const result = run('keep-all');
    expect(result.rowNumbers).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(result.report.duplicates).toEqual([
      { rowNumber: 3, phoneNumber: '+48600700800', firstRowNumber: 2, inDraft: false, kept: true },
      {
        rowNumber: 4,
        phoneNumber: '+48601701801',
        firstRowNumber: undefined,
        inDraft: true,
        kept: true,
      },
      { rowNumber: 5, phoneNumber: '+48601701801', firstRowNumber: 4, inDraft: true, kept: true },
    ]);
    expect(result.report.duplicatesSkipped).toBe(0);
  });

  it('skip leaves out numbers the draft already has', () => {
    const result = run('skip');
    expect(result.rowNumbers).toEqual([2, 3, 6, 7, 8]);
    expect(result.report).toMatchObject({ duplicateCount: 3, duplicatesSkipped: 2, imported: 5 });
    expect(
      result.report.duplicates.map((duplicate) => [duplicate.rowNumber, duplicate.kept]),
    ).toEqual([
      [3, true],
      [4, false],
      [5, false],
    ]);
  });

  it('keep-first keeps each number once, the draft’s coming first', () => {
    const result = run('keep-first');
    expect(result.rowNumbers).toEqual([2, 6, 7, 8]);
    expect(result.recipients.map((recipient) => recipient.contact_info.name)).toEqual([
      'Anna',
      'Ewa',
      'Broken',
      'Broken again',
    ]);
    expect(result.report).toMatchObject({ duplicateCount: 3, duplicatesSkipped: 3 });
  });
});

describe('convertRows', () => {
  it('reports progress and can be cancelled between slices', async () => {
    const rows = rowsOf(
      ...Array.from({ length: 5000 }, (_, index) => [`600 ${String(index).padStart(6, '0')}`]),
    );
    const columns: MappedColumn[] = [{ header: 'Phone', target: 'phone_number' }];
    const fractions: number[] = [];
    const done = await convertRows(
      rows,
      columns,
      { defaultCountry: 'PL' },
      {
        onProgress: (progress) => fractions.push(progress.fraction),
      },
    );
    expect(done?.report.rowsRead).toBe(5000);
    expect(fractions).toEqual([0.4, 0.8, 1]);

    const controller = new AbortController();
    const cancelled = await convertRows(
      rows,
      columns,
      { defaultCountry: 'PL' },
      {
        signal: controller.signal,
        yieldToEventLoop: async () => controller.abort(),
      },
    );
    expect(cancelled).toBeUndefined();
  });

  it('hands the recipients on slice by slice, the same ones rowsToRecipients gives', async () => {
    // Fields some rows have and others don't, starting and stopping within and across slices.
    const rows = rowsOf(
      ['600 000 001', 'Anna', '', ''],
      ...Array.from({ length: 4500 }, (_, index) => [
        `600 ${String(index).padStart(6, '0')}`,
        ` Name ${index} `,
        index % 3 === 0 ? `${index}` : '',
        index > 3000 ? 'Ola' : '',
      ]),
    );
    const columns: MappedColumn[] = [
      { header: 'Phone', target: 'phone_number' },
      { header: 'Name', target: 'contact_info.name' },
      { header: 'Shoe', target: 'metadata.custom_fields.Shoe' },
      { header: 'first_name', target: 'variables.first_name' },
    ];
    const options = { defaultCountry: 'PL' as const, idFactory: sequentialIds() };
    const assemble = createRecipientAssembler();
    const batches: Array<{ recipients: StoredRecipient[]; rowNumbers: number[] }> = [];
    const done = await convertRows(rows, columns, options, {
      onConverted: (batch) =>
        batches.push({ recipients: assemble(batch), rowNumbers: batch.rowNumbers }),
    });
    const whole = rowsToRecipients(rows, columns, { ...options, idFactory: sequentialIds() });

    expect(batches.map((batch) => batch.recipients.length)).toEqual([1999, 2000, 501]);
    expect(batches.flatMap((batch) => batch.recipients)).toEqual(whole.recipients);
    expect(batches.flatMap((batch) => batch.rowNumbers)).toEqual(whole.rowNumbers);
    const people = batches.flatMap((batch) => batch.recipients);
    // Anna, then the generated rows but the second (Anna's number again).
    expect(people.slice(0, 4).map((person) => person.metadata.custom_fields)).toEqual([
      {},
      { Shoe: '0' },
      {},
      { Shoe: '3' },
    ]);
    expect(people[3000]?.variables).toEqual({});
    expect(people[3001]).toMatchObject({
      contact_info: { name: 'Name 3001' },
      metadata: { custom_fields: {} },
      variables: { first_name: 'Ola' },
    });
    // Handed on, not kept as well; the report still counts every row.
    expect(done?.recipients).toEqual([]);
    expect(done?.report).toEqual(whole.report);
  });
  it('shares call settings between rows, so they can only be changed by replacing them', () => {
    const [first, second] = rowsToRecipients(
      rowsOf(['600 000 001', 'a|b', '9-12'], ['600 000 002', 'a|b', '9-12']),
      [
        { header: 'Phone', target: 'phone_number' },
        { header: 'Tags', target: 'metadata.tags' },
        { header: 'Hours', target: 'preferences.best_call_times' },
      ],
      { defaultCountry: 'PL' },
    ).recipients;
    if (!first || !second) throw new Error('not imported');
    // A change in place would reach every row with these settings, so it fails instead.
    expect(() => first.metadata.tags.push('c')).toThrow(TypeError);
    expect(() => first.preferences.best_call_times.pop()).toThrow(TypeError);
    // The editor replaces the group, which changes only that row.
    const edited = patchGroup(first, 'metadata', { tags: [...first.metadata.tags, 'c'] });
    expect(edited.metadata.tags).toEqual(['a', 'b', 'c']);
    expect(second.metadata.tags).toEqual(['a', 'b']);
    expect(second.preferences.best_call_times).toEqual(['09:00-12:00']);
  });
});

describe('rowsToRecipients: reading shared call settings once', () => {
  // Rows with the same language, time zone, call times, dates, priority, type and tags share
  // one normalisation and validation of those values. This checks that the result is exactly
  // what normalizeRecipient and validateRecipient give for each whole row.
  it('gives the same recipients and issues as normalising each row whole', () => {
    const columns: MappedColumn[] = [
      { header: 'Phone', target: 'phone_number' },
      { header: 'Name', target: 'contact_info.name' },
      { header: 'Language', target: 'preferences.language' },
      { header: 'Zone', target: 'preferences.timezone' },
      { header: 'Hours', target: 'preferences.best_call_times' },
      { header: 'Dates', target: 'preferences.blackout_dates' },
      { header: 'Priority', target: 'metadata.priority' },
      { header: 'Type', target: 'metadata.customer_type' },
      { header: 'Tags', target: 'metadata.tags' },
      { header: 'Shoe', target: 'metadata.custom_fields.Shoe' },
      { header: 'first_name', target: 'variables.first_name' },
    ];
    const choices = [
      ['600 700 800', '601701801', '12', '', '+39 347 123 4567', '600 700 800 ext 5'],
      ['Anna', ' Jan ', ''],
      ['pl', 'Polish', 'xx', '', ' it '],
      ['Europe/Warsaw', 'europe/rome', 'Mars/Base', '', 'UTC+1'],
      ['9-12, 14-17', '17-9', '', '09:00-12:00|x'],
      ['2025-12-24', '2025-02-30', '', '24.12.2025, 2025-12-31'],
      ['High', 'asap', ''],
      ['VIP', 'friend', ''],
      ['a, b; a', '', 'x|y'],
      ['38', ' ', ''],
      ['Anna', ''],
    ];
    const rows: SpreadsheetRow[] = [];
    for (let index = 0; index < 400; index++) {
      rows.push({
        rowNumber: index + 2,
        cells: choices.map(
          (options, column) => options[(index * (column + 3) + column) % options.length] ?? '',
        ),
      });
    }
    const result = rowsToRecipients(rows, columns, {
      defaultCountry: 'PL',
      duplicatePolicy: 'keep-all',
      idFactory: sequentialIds(),
      maxListed: 100_000,
    });

    const expectedIssues: Array<{
      rowNumber: number;
      field: string;
      code: string;
      message: string;
    }> = [];
    const expected = rows.flatMap((row, index) => {
      const cell = (column: number) => row.cells[column] ?? '';
      const filled = (column: number) => (cell(column).trim() === '' ? undefined : cell(column));
      const typed: StoredRecipientInput = {
        id: `r${index + 1}`,
        phone_number: cell(0),
        contact_info: filled(1) === undefined ? {} : { name: cell(1) },
        preferences: {
          ...(filled(2) === undefined ? {} : { language: cell(2) }),
          ...(filled(3) === undefined ? {} : { timezone: cell(3) }),
          best_call_times: splitListCell(cell(4), 'call_windows'),
          blackout_dates: splitListCell(cell(5), 'dates'),
        },
        metadata: {
          ...(filled(6) === undefined ? {} : { priority: cell(6) }),
          ...(filled(7) === undefined ? {} : { customer_type: cell(7) }),
          tags: splitListCell(cell(8), 'tags'),
          custom_fields: filled(9) === undefined ? {} : { Shoe: cell(9) },
        },
        variables: filled(10) === undefined ? {} : { first_name: cell(10) },
      };
      for (const issue of validateRecipient(typed, { defaultCountry: 'PL' })) {
        expectedIssues.push({
          rowNumber: row.rowNumber,
          field: issue.field,
          code: issue.code,
          message: issue.message,
        });
      }
      return [normalizeRecipient(typed, 'PL')];
    });

    expect(result.recipients).toEqual(expected);
    expect(
      result.report.issues.map(({ rowNumber, field, code, message }) => ({
        rowNumber,
        field,
        code,
        message,
      })),
    ).toEqual(expectedIssues);
    // Every recipient has lists of its own.
    const [first, second] = result.recipients.filter(
      (recipient) => recipient.metadata.tags.length > 0,
    );
    expect(first?.metadata.tags).not.toBe(second?.metadata.tags);
  });
});
