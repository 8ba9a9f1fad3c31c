import { describe, expect, it } from 'vitest';
import { createImportWorkerClient } from '../../../renderer/src/workers/import-worker-client';
import {
  createImportWorkerHost,
  createRecipientAssembler,
  importSpreadsheet,
  type ImportProgress,
  type ImportWorkerHostOptions,
  type ImportWorkerResponse,
  type MappedColumn,
  type WorkerConvertOptions,
} from '../../../shared/domain/spreadsheet';
import type { StoredRecipient } from '../../../shared/domain/recipients';
import { csv, legacy, utf8 } from './fixtures';
import { inProcessWorker } from './in-process-worker';

function bigFile(rows: number): string {
  const lines = [['Telefon', 'Imię', 'Tagi']];
  for (let index = 0; index < rows; index++) {
    lines.push([`6${String(index).padStart(8, '0')}`, `Osoba ${index}`, 'a|b']);
  }
  return csv(lines, ';');
}

describe('importSpreadsheet', () => {
  it('runs decode, parse, mapping, normalising, validation and dedupe in one go', async () => {
    const bytes = legacy(
      'Imię i nazwisko;Nr telefonu;Strefa czasowa;Godziny kontaktu\r\n' +
        'Żaneta Wójcik;600 700 800;Europe/Warsaw;9-12, 14-17\r\n' +
        ';;;\r\n' +
        'Michał Zając;+48 600-700-800;europe/warsaw;\r\n' +
        'Łucja Gdańska;12;;\r\n',
      'windows-1250',
    );
    const progress: ImportProgress[] = [];
    const result = await importSpreadsheet(
      bytes,
      { defaultCountry: 'PL', duplicatePolicy: 'keep-first' },
      { onProgress: (update) => progress.push(update) },
    );
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.encoding).toBe('windows-1250');
    expect(result.mapping.map((column) => column.target)).toEqual([
      'contact_info.name',
      'phone_number',
      'preferences.timezone',
      'preferences.best_call_times',
    ]);
    expect(result.recipients.map((recipient) => recipient.contact_info.name)).toEqual([
      'Żaneta Wójcik',
      'Łucja Gdańska',
    ]);
    expect(result.rowNumbers).toEqual([2, 5]);
    expect(result.report).toMatchObject({
      rowsRead: 3,
      imported: 2,
      emptyRowsSkipped: 1,
      duplicatesSkipped: 1,
      rowsWithErrors: 1,
      duplicates: [{ rowNumber: 4, firstRowNumber: 2, kept: false }],
      issues: [{ rowNumber: 5, column: 'Nr telefonu', code: 'phone_too_short' }],
    });
    expect(progress[progress.length - 1]).toMatchObject({ stage: 'converting', fraction: 1 });
    expect(progress.map((update) => update.fraction)).toEqual(
      [...progress.map((update) => update.fraction)].sort((a, b) => a - b),
    );
  });

  it('says when no column looks like phone numbers', async () => {
    const result = await importSpreadsheet(utf8('Name,City\nAnna,Łódź\n'), {
      defaultCountry: 'PL',
    });
    expect(result).toMatchObject({ ok: false, problem: { code: 'no_phone_column' } });
  });
});

describe('import worker client and host', () => {
  it('reads a file, then converts it with the confirmed mapping, in batches', async () => {
    const worker = inProcessWorker();
    const client = createImportWorkerClient(() => worker);
    const file = new Blob([utf8(bigFile(12_000), { bom: true })]);
    const read = await client.read(file, { agentVariables: ['first_name'] }).result;
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.summary).toMatchObject({
      headers: ['Telefon', 'Imię', 'Tagi'],
      delimiter: ';',
      encoding: 'utf-8',
      rowCount: 12_000,
    });
    expect(read.summary.preview).toHaveLength(50);
    expect(read.suggestedMapping.map((column) => column.target)).toEqual([
      'phone_number',
      'contact_info.name',
      'metadata.tags',
    ]);
    expect(read.mappingProblems.map((problem) => problem.code)).toEqual(['variable_unmapped']);
    expect(read.memoryKey).toMatch(/^headers-v1:3:/);

    const progress: ImportProgress[] = [];
    const converted = await client.convert(
      read.sheetId,
      read.suggestedMapping,
      { defaultCountry: 'PL', existingPhoneNumbers: ['+48600000000'], duplicatePolicy: 'skip' },
      (update) => progress.push(update),
    ).result;
    if (!converted.ok) throw new Error(converted.problem.message);
    expect(converted.recipients).toHaveLength(11_999);
    expect(converted.rowNumbers.slice(0, 2)).toEqual([3, 4]);
    expect(converted.recipients[0]).toMatchObject({
      phone_number: '+48600000001',
      metadata: { tags: ['a', 'b'] },
    });
    expect(converted.report).toMatchObject({ imported: 11_999, duplicatesSkipped: 1 });
    // Every number is valid, so the list check gets all of them not to parse again.
    expect(converted.validPhoneNumbers).toEqual({
      defaultCountry: 'PL',
      e164: converted.recipients.map((recipient) => recipient.phone_number),
      countries: converted.recipients.map(() => 'PL'),
    });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]?.fraction).toBe(1);
    // Recipients arrive in batches while the rest is converted, not in one long message.
    expect(worker.responses.filter((type) => type === 'converted').length).toBeGreaterThan(1);
    expect(worker.responses.indexOf('converted')).toBeLessThan(
      worker.responses.lastIndexOf('progress'),
    );

    client.release(read.sheetId);
    const again = await client.convert(read.sheetId, read.suggestedMapping, {
      defaultCountry: 'PL',
    }).result;
    expect(again).toMatchObject({ ok: false, problem: { code: 'internal_error' } });
  });

  it('cancels a running conversion', async () => {
    const worker = inProcessWorker();
    const client = createImportWorkerClient(() => worker);
    const read = await client.read(utf8(bigFile(20_000)).buffer as ArrayBuffer).result;
    if (!read.ok) throw new Error(read.problem.message);
    const task = client.convert(read.sheetId, read.suggestedMapping, { defaultCountry: 'PL' }, () =>
      task.cancel(),
    );
    expect(await task.result).toEqual({
      ok: false,
      problem: { code: 'cancelled', message: 'The import was cancelled.' },
    });
    expect(worker.requests.map((request) => request.type)).toEqual(['read', 'convert', 'cancel']);
  });

  it('passes problems through and refuses big files before reading them', async () => {
    const client = createImportWorkerClient(() => inProcessWorker());
    const xlsx = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x78, 0x6c, 0x2f])]);
    expect(await client.read(xlsx).result).toMatchObject({
      ok: false,
      problem: { code: 'not_a_spreadsheet', message: expect.stringContaining('.xlsx') as unknown },
    });
    const big = new Blob([new Uint8Array(3 * 1024 * 1024)]);
    expect(await client.read(big, { maxBytes: 1024 * 1024 }).result).toMatchObject({
      ok: false,
      problem: {
        code: 'file_too_large',
        message: expect.stringContaining('up to 1 MB') as unknown,
      },
    });
  });

  it('fails open tasks when the worker dies', async () => {
    const worker = inProcessWorker();
    const client = createImportWorkerClient(() => worker);
    const task = client.read(new Blob([utf8(bigFile(10))]));
    worker.crash();
    expect(await task.result).toMatchObject({ ok: false, problem: { code: 'internal_error' } });
  });
});

describe('converting ahead', () => {
  /** The worker host with what it posted, and a read 3,000-row sheet. */
  async function hostWithSheet(hostOptions: ImportWorkerHostOptions = {}) {
    const posted: ImportWorkerResponse[] = [];
    const host = createImportWorkerHost((response) => posted.push(response), hostOptions);
    const file = utf8(bigFile(3000)).buffer as ArrayBuffer;
    await host.handle({ type: 'read', requestId: 1, file, options: {} });
    const read = posted.find((response) => response.type === 'read-done');
    if (read?.type !== 'read-done') throw new Error('not read');
    return { host, posted, sheetId: read.sheetId, mapping: read.suggestedMapping };
  }

  /** What a request was answered, as the page puts it together. */
  function answerTo(posted: readonly ImportWorkerResponse[], requestId: number) {
    const assemble = createRecipientAssembler();
    const recipients: StoredRecipient[] = [];
    let done: Record<string, unknown> | undefined;
    for (const { requestId: to, ...response } of posted) {
      if (to !== requestId) continue;
      if (response.type === 'converted') recipients.push(...assemble(response.batch));
      if (response.type === 'convert-done' || response.type === 'failed') done = response;
    }
    // Ids are made per conversion; the people are what must match.
    return { people: recipients.map(({ id: _id, ...person }) => person), done };
  }

  const options: WorkerConvertOptions = {
    defaultCountry: 'PL',
    duplicatePolicy: 'skip',
    existingPhoneNumbers: ['+48600000002'],
  };

  it('converts while the person checks the columns; confirming them takes over the result', async () => {
    const { host, posted, sheetId, mapping } = await hostWithSheet();
    const before = posted.length;
    await host.handle({ type: 'prepare', sheetId, mapping, options });
    // Nothing is sent until someone asks.
    expect(posted).toHaveLength(before);

    void host.handle({ type: 'convert', requestId: 2, sheetId, mapping, options });
    // Already converted: the answer is there at once.
    const ahead = answerTo(posted, 2);
    expect(ahead.done).toMatchObject({ type: 'convert-done', report: { imported: 2999 } });

    // The same as converting from scratch (nothing is prepared any more).
    const fresh = host.handle({ type: 'convert', requestId: 3, sheetId, mapping, options });
    expect(answerTo(posted, 3).done).toBeUndefined();
    await fresh;
    expect(answerTo(posted, 3)).toEqual(ahead);
  });

  it('starts over when the columns, the choice for duplicates or the draft changed', async () => {
    const { host, posted, sheetId, mapping } = await hostWithSheet();
    const withoutTags: MappedColumn[] = mapping.map((column) =>
      column.target === 'metadata.tags' ? { ...column, target: 'ignore' } : column,
    );
    const changes: Array<[MappedColumn[], WorkerConvertOptions]> = [
      [withoutTags, options],
      [mapping, { ...options, duplicatePolicy: 'keep-all' }],
      [mapping, { ...options, existingPhoneNumbers: [] }],
    ];
    let requestId = 10;
    for (const [asked, askedOptions] of changes) {
      await host.handle({ type: 'prepare', sheetId, mapping, options });
      await host.handle({
        type: 'convert',
        requestId,
        sheetId,
        mapping: asked,
        options: askedOptions,
      });
      await host.handle({
        type: 'convert',
        requestId: requestId + 1,
        sheetId,
        mapping: asked,
        options: askedOptions,
      });
      expect(answerTo(posted, requestId)).toEqual(answerTo(posted, requestId + 1));
      requestId += 2;
    }
    expect(answerTo(posted, 10).people[0]?.metadata.tags).toEqual([]);
    expect(answerTo(posted, 12).done).toMatchObject({ report: { imported: 3000 } });
    expect(answerTo(posted, 14).done).toMatchObject({ report: { duplicateCount: 0 } });
  });

  it('converts only so far ahead of a request, and the rest once asked', async () => {
    const { host, posted, sheetId, mapping } = await hostWithSheet({ maxRowsAhead: 2000 });
    const before = posted.length;
    await host.handle({ type: 'prepare', sheetId, mapping, options });
    expect(posted).toHaveLength(before);
    const converting = host.handle({ type: 'convert', requestId: 2, sheetId, mapping, options });
    // The first 2,000 rows were ready (one of them is in the draft); the rest comes now.
    expect(answerTo(posted, 2).people).toHaveLength(1999);
    expect(answerTo(posted, 2).done).toBeUndefined();
    await converting;
    await host.handle({ type: 'convert', requestId: 3, sheetId, mapping, options });
    expect(answerTo(posted, 2)).toEqual(answerTo(posted, 3));
  });

  it('hands over a conversion still under way, progress and all', async () => {
    const worker = inProcessWorker();
    const client = createImportWorkerClient(() => worker);
    const read = await client.read(utf8(bigFile(12_000)).buffer as ArrayBuffer).result;
    if (!read.ok) throw new Error(read.problem.message);
    client.prepare(read.sheetId, read.suggestedMapping, options);
    const progress: number[] = [];
    const converted = await client.convert(read.sheetId, read.suggestedMapping, options, (update) =>
      progress.push(update.fraction),
    ).result;
    expect(worker.requests.map((request) => request.type)).toEqual(['read', 'prepare', 'convert']);
    expect(converted).toMatchObject({ ok: true, report: { imported: 11_999 } });
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('forgets a conversion ahead when its file is closed', async () => {
    const { host, posted, sheetId, mapping } = await hostWithSheet();
    const prepared = host.handle({ type: 'prepare', sheetId, mapping, options });
    await host.handle({ type: 'release', sheetId });
    await prepared;
    await host.handle({ type: 'convert', requestId: 2, sheetId, mapping, options });
    expect(answerTo(posted, 2).done).toMatchObject({
      type: 'failed',
      problem: {
        code: 'internal_error',
        message: expect.stringContaining('no longer open') as unknown,
      },
    });
  });
});
