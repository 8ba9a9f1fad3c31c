import { afterEach, describe, expect, it } from 'vitest';
import {
  createImportWorkerClient,
  type ConvertOutcome,
} from '../../../renderer/src/workers/import-worker-client';
import {
  importSpreadsheet,
  servePhoneNumbers,
  suggestMapping,
  type HelperPort,
  type PhoneHelperRequest,
  type PhoneHelperResponse,
} from '../../../shared/domain/spreadsheet';
import { csv, utf8 } from './fixtures';
import { inProcessWorker } from './in-process-worker';

// The import worker hands the phone numbers of the rows ahead to a helper worker. Whatever the
// helper does (answers, fails, goes quiet), the person gets the same rows and report as when
// the import worker does all the work itself.

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** Two ends of a channel between the import worker and a helper. */
function helperChannel(): { importSide: HelperPort; helperSide: HelperPort } {
  const channel = new MessageChannel();
  channels.push(channel);
  return { importSide: channel.port1, helperSide: channel.port2 };
}

/** A helper side that records requests and answers them with `answer`, or not at all. */
function scriptedHelper(
  port: HelperPort,
  answer?: (request: Extract<PhoneHelperRequest, { type: 'normalize' }>) => PhoneHelperResponse,
): PhoneHelperRequest['type'][] {
  const seen: PhoneHelperRequest['type'][] = [];
  port.onmessage = (event: MessageEvent) => {
    const request = event.data as PhoneHelperRequest;
    seen.push(request.type);
    if (request.type === 'normalize' && answer) port.postMessage(answer(request));
  };
  return seen;
}

/**
 * Every kind of phone cell (valid in several shapes, invalid, blank, repeated, neutralised) and
 * a few combinations of shared settings, some of them wrong.
 */
function mixedFile(rows: number): Uint8Array<ArrayBuffer> {
  const lines = [['Telefon', 'Telefon 2', 'Imię', 'Strefa czasowa', 'Tagi', 'Priorytet']];
  for (let index = 0; index < rows; index++) {
    const digits = String(600_000_000 + (index % 4_000));
    const phone = [
      digits,
      `+48 ${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
      `0048${digits}`,
      `'+48${digits}`,
      '12',
      'abc',
      '',
      `(+39) 347 ${String(1_000_000 + index).slice(0, 7)}`,
    ][index % 8];
    lines.push([
      phone ?? '',
      index % 8 === 6 ? `+1 212 555 ${String(index % 10_000).padStart(4, '0')}` : '',
      `Osoba ${index}`,
      index % 5 ? 'Europe/Warsaw' : 'Mars/Olympus',
      ['vip|wiosna', 'promo', ''][index % 3] ?? '',
      ['high', 'Low', 'pilne', ''][index % 4] ?? '',
    ]);
  }
  return utf8(csv(lines, ';'));
}

interface Conversion {
  helper?: HelperPort;
  /** The campaign country is known when the file is read, so the helper can start then. */
  readAhead?: boolean;
  /** The second "Telefon" column is mapped too, unlike the suggestion. */
  secondPhoneColumn?: boolean;
}

async function convertFile(
  file: Uint8Array<ArrayBuffer>,
  conversion: Conversion = {},
): Promise<Extract<ConvertOutcome, { ok: true }>> {
  const { helper } = conversion;
  const client = createImportWorkerClient(() => inProcessWorker(helper ? { helper } : {}));
  const read = await client.read(
    new Blob([file]),
    conversion.readAhead ? { defaultCountry: 'PL' } : {},
  ).result;
  if (!read.ok) throw new Error(read.problem.message);
  const mapping = read.suggestedMapping.map((column, index) =>
    index === 1 && conversion.secondPhoneColumn
      ? { ...column, target: 'phone_number' as const }
      : column,
  );
  const converted = await client.convert(read.sheetId, mapping, {
    defaultCountry: 'PL',
    existingPhoneNumbers: ['+48600000007', '600 000 011'],
    duplicatePolicy: 'keep-first',
  }).result;
  client.dispose();
  if (!converted.ok) throw new Error(converted.problem.message);
  return converted;
}

/** Ids are new on every import; everything else must match. */
function withoutIds(
  outcome: Pick<Extract<ConvertOutcome, { ok: true }>, 'recipients' | 'rowNumbers' | 'report'>,
) {
  return {
    recipients: outcome.recipients.map(({ id: _id, ...rest }) => rest),
    rowNumbers: outcome.rowNumbers,
    report: outcome.report,
  };
}

describe('phone number helper', () => {
  const file = mixedFile(9_000);

  it.each([
    { case: 'from the conversion on', readAhead: false, secondPhoneColumn: false },
    { case: 'from the reading on', readAhead: true, secondPhoneColumn: false },
    {
      case: 'from the reading on, then another phone column',
      readAhead: true,
      secondPhoneColumn: true,
    },
  ])('gives the same people and report as converting alone: helping $case', async (variant) => {
    const alone = withoutIds(await convertFile(file, variant));
    // What reaches the page is exactly what the conversion made, worker or not.
    const direct = await importSpreadsheet(file, {
      defaultCountry: 'PL',
      existingRecipients: [{ phone_number: '+48600000007' }, { phone_number: '600 000 011' }],
      duplicatePolicy: 'keep-first',
      mapping: (headers) =>
        suggestMapping(headers).map((column, index) =>
          index === 1 && variant.secondPhoneColumn
            ? { ...column, target: 'phone_number' as const }
            : column,
        ),
    });
    if (!direct.ok) throw new Error(direct.problem.message);
    expect(withoutIds(direct)).toEqual(alone);
    const { importSide, helperSide } = helperChannel();
    const answered: number[] = [];
    servePhoneNumbers({
      get onmessage() {
        return helperSide.onmessage;
      },
      set onmessage(listener) {
        helperSide.onmessage = listener;
      },
      postMessage(message) {
        const response = message as PhoneHelperResponse;
        if (response.type === 'normalized') answered.push(response.e164.length);
        helperSide.postMessage(message);
      },
    });
    const helped = withoutIds(await convertFile(file, { ...variant, helper: importSide }));

    expect(helped).toEqual(alone);
    expect(alone.report.rowsWithErrors).toBeGreaterThan(0);
    expect(alone.report.duplicateCount).toBeGreaterThan(0);
    // Most numbers were answered by the helper, in several pieces.
    expect(answered.length).toBeGreaterThan(1);
    expect(answered.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(9_000 / 2);
  });

  it('leaves the numbers to the import worker when the helper fails', async () => {
    const alone = withoutIds(await convertFile(file));
    const { importSide, helperSide } = helperChannel();
    const seen = scriptedHelper(helperSide, (request) => ({
      type: 'failed',
      requestId: request.requestId,
    }));
    expect(withoutIds(await convertFile(file, { helper: importSide }))).toEqual(alone);
    expect(seen).toEqual(['normalize']);
  });

  it('does not wait for a silent helper: the import worker does all the numbers itself', async () => {
    const alone = withoutIds(await convertFile(file));
    const { importSide, helperSide } = helperChannel();
    const seen = scriptedHelper(helperSide);
    expect(withoutIds(await convertFile(file, { helper: importSide }))).toEqual(alone);
    // Once every number is known, the helper is told it can stop.
    await expect.poll(() => seen).toEqual(['normalize', 'stop']);
  });

  it('can be cancelled while the helper is silent, and tells the helper to stop', async () => {
    const { importSide, helperSide } = helperChannel();
    const seen = scriptedHelper(helperSide);
    const client = createImportWorkerClient(() => inProcessWorker({ helper: importSide }));
    const read = await client.read(new Blob([file])).result;
    if (!read.ok) throw new Error(read.problem.message);
    const task = client.convert(read.sheetId, read.suggestedMapping, { defaultCountry: 'PL' });
    // Meanwhile the import worker normalises the numbers itself, from the last one backwards.
    await new Promise((resolve) => setTimeout(resolve, 20));
    task.cancel();
    expect(await task.result).toMatchObject({ ok: false, problem: { code: 'cancelled' } });
    await expect.poll(() => seen).toEqual(['normalize', 'stop']);
  });
});
