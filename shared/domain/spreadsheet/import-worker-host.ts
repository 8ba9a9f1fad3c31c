import { DEFAULT_MAX_BYTES, fileTooLarge } from './decode-spreadsheet';
import { convertSpreadsheet, readSpreadsheet, type ImportHooks } from './import-pipeline';
import {
  PREVIEW_ROWS,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from './import-worker-protocol';
import { mappingMemoryKey } from './mapping-memory';
import type { ParsedSpreadsheet, SpreadsheetRow } from './parse-spreadsheet';
import {
  connectPhoneNumberHelper,
  type NumbersAhead,
  type PhoneNumberHelper,
} from './phone-number-helper';
import { phoneColumnsOf, typedPhoneNumbers } from './rows-to-recipients';
import { yieldToEventLoop } from './pipeline-hooks';
import type { SpreadsheetProblem } from './spreadsheet-problem';
import { checkMapping, suggestMapping } from './suggest-mapping';

// The worker's side of the protocol, apart from the worker global itself so it runs (and is
// tested) in plain Node too. renderer/src/workers/import-worker.ts only wires it to `self`.

export type PostResponse = (response: ImportWorkerResponse) => void;

/** Progress more often than this only costs the UI thread work. */
const PROGRESS_INTERVAL_MS = 50;

/** Sheets kept for converting; older ones go first (a re-read replaces the last one anyway). */
const MAX_SHEETS = 3;

/**
 * What converting the rest of a row costs next to normalising its phone number, about, in the
 * import worker (building the recipient and its JSON) and the helper.
 */
const ROW_COST_PER_NUMBER = 0.5;

/**
 * Where the helper's numbers end and the import worker's own begin, so both finish together:
 * the helper goes on from the `answered` numbers it has done, while the import worker converts
 * the rows up to the split with its answers, then normalises the numbers of the rest itself.
 */
function helperSplit(rows: number, answered: number): number {
  return Math.min(rows, Math.round((rows * (1 + ROW_COST_PER_NUMBER) + answered) / 2));
}

function failure(error: unknown): SpreadsheetProblem {
  return {
    code: 'internal_error',
    message:
      'Something went wrong while reading the file. Try again; if it keeps happening, save the file as CSV UTF-8 and import that.',
    detail: error instanceof Error ? error.message : String(error),
  };
}

async function bytesOf(file: Blob | ArrayBuffer): Promise<Uint8Array> {
  return new Uint8Array(file instanceof ArrayBuffer ? file : await file.arrayBuffer());
}

/** The numbers of a read sheet's phone columns, normalised by the helper while it waits. */
interface SheetNumbers {
  ahead: NumbersAhead;
  phoneColumns: number[];
}

interface OpenSheet {
  sheet: ParsedSpreadsheet;
  numbers: SheetNumbers | undefined;
}

function sameColumns(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((column, index) => column === b[index]);
}

/** Resolves when the signal aborts, so nothing waits for the helper after a cancel. */
function whenAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', () => resolve(), { once: true });
  });
}

export function createImportWorkerHost(post: PostResponse): {
  handle(request: ImportWorkerRequest): Promise<void>;
} {
  const sheets = new Map<number, OpenSheet>();
  const running = new Map<number, AbortController>();
  let nextSheetId = 1;
  let helper: PhoneNumberHelper | undefined;

  function release(sheetId: number): void {
    sheets.get(sheetId)?.numbers?.ahead.stop();
    sheets.delete(sheetId);
  }

  function hooksFor(requestId: number, signal: AbortSignal): ImportHooks {
    let lastPost = 0;
    return {
      signal,
      yieldToEventLoop,
      onProgress: (progress) => {
        const now = Date.now();
        if (progress.fraction < 1 && now - lastPost < PROGRESS_INTERVAL_MS) return;
        lastPost = now;
        post({ type: 'progress', requestId, progress });
      },
    };
  }

  async function read(request: Extract<ImportWorkerRequest, { type: 'read' }>, hooks: ImportHooks) {
    const { agentVariables, defaultCountry, ...options } = request.options;
    // Refused before reading, so a 2 GB file is never loaded into memory.
    const size = request.file instanceof ArrayBuffer ? request.file.byteLength : request.file.size;
    if (size > (options.maxBytes ?? DEFAULT_MAX_BYTES)) {
      post({
        type: 'failed',
        requestId: request.requestId,
        problem: fileTooLarge(size, options.maxBytes),
      });
      return;
    }
    const mappingOptions = agentVariables ? { agentVariables } : {};
    // While the file is read and the person checks it, the helper normalises the numbers of
    // the columns that look like phone numbers, in the campaign's country.
    let numbers: SheetNumbers | undefined;
    let rowsSent = 0;
    const onRows = (headers: readonly string[], rows: readonly SpreadsheetRow[]) => {
      if (!helper || defaultCountry === undefined) return;
      if (!numbers) {
        const suggested = suggestMapping(headers, mappingOptions);
        numbers = {
          ahead: helper.normalizeAhead(defaultCountry),
          phoneColumns: phoneColumnsOf(suggested),
        };
      }
      numbers.ahead.add(typedPhoneNumbers(rows.slice(rowsSent), numbers.phoneColumns));
      rowsSent = rows.length;
    };
    const result = await readSpreadsheet(await bytesOf(request.file), options, {
      ...hooks,
      onRows,
    });
    if (!result.ok) {
      numbers?.ahead.stop();
      post({ type: 'failed', requestId: request.requestId, problem: result.problem });
      return;
    }
    const { rows, ...sheet } = result.sheet;
    const sheetId = nextSheetId++;
    sheets.set(sheetId, { sheet: result.sheet, numbers });
    for (const oldest of sheets.keys()) {
      if (sheets.size <= MAX_SHEETS) break;
      release(oldest);
    }
    const suggestedMapping = suggestMapping(sheet.headers, mappingOptions);
    post({
      type: 'read-done',
      requestId: request.requestId,
      sheetId,
      summary: {
        ...sheet,
        encoding: result.encoding,
        encodingSource: result.encodingSource,
        rowCount: rows.length,
        preview: rows.slice(0, PREVIEW_ROWS),
        warnings: result.warnings,
      },
      suggestedMapping,
      mappingProblems: checkMapping(suggestedMapping, mappingOptions),
      memoryKey: mappingMemoryKey(sheet.headers),
    });
  }

  async function convert(
    request: Extract<ImportWorkerRequest, { type: 'convert' }>,
    hooks: ImportHooks,
  ) {
    const open = sheets.get(request.sheetId);
    if (!open) {
      post({
        type: 'failed',
        requestId: request.requestId,
        problem: {
          code: 'internal_error',
          message: 'This file is no longer open. Choose it again to import it.',
        },
      });
      return;
    }
    const { existingPhoneNumbers, ...options } = request.options;
    const { sheet } = open;
    const phoneColumns = phoneColumnsOf(request.mapping);
    const readAhead =
      open.numbers?.ahead.defaultCountry === options.defaultCountry &&
      sameColumns(open.numbers.phoneColumns, phoneColumns)
        ? open.numbers.ahead
        : undefined;
    const split = helperSplit(sheet.rows.length, readAhead?.answered ?? 0);
    // Numbers the helper hasn't seen (another phone column or country) are sent now.
    const ownAhead = readAhead ? undefined : helper?.normalizeAhead(options.defaultCountry);
    ownAhead?.add(typedPhoneNumbers(sheet.rows.slice(0, split), phoneColumns));
    const numbers = readAhead ?? ownAhead;
    const aborted = whenAborted(hooks.signal);
    // Past the split the numbers are normalised here, and the helper is told to stop.
    const rowsReady = async (end: number): Promise<void> => {
      if (!numbers) return;
      if (end > split) {
        numbers.stop();
        return;
      }
      await Promise.race([numbers.ready(end), aborted]);
    };
    const result = await convertSpreadsheet(
      sheet,
      request.mapping,
      {
        ...options,
        existingRecipients: (existingPhoneNumbers ?? []).map((phone_number) => ({ phone_number })),
        ...(numbers ? { knownPhoneNumbers: numbers.known } : {}),
      },
      {
        ...hooks,
        rowsReady,
        // Sent while the rest is converted, so the page takes them in meanwhile.
        onConverted: (batch) => {
          post({
            type: 'converted',
            requestId: request.requestId,
            batchJson: JSON.stringify(batch),
          });
        },
      },
    ).finally(() => ownAhead?.stop());
    if (!result.ok) {
      post({ type: 'failed', requestId: request.requestId, problem: result.problem });
      return;
    }
    post({ type: 'convert-done', requestId: request.requestId, report: result.report });
  }

  async function run(requestId: number, job: (hooks: ImportHooks) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    running.set(requestId, controller);
    try {
      await job(hooksFor(requestId, controller.signal));
    } catch (error) {
      post({ type: 'failed', requestId, problem: failure(error) });
    } finally {
      running.delete(requestId);
    }
  }

  return {
    async handle(request) {
      switch (request.type) {
        case 'helper':
          helper = connectPhoneNumberHelper(request.port);
          return;
        case 'cancel':
          running.get(request.requestId)?.abort();
          return;
        case 'release':
          release(request.sheetId);
          return;
        case 'read':
          return run(request.requestId, (hooks) => read(request, hooks));
        case 'convert':
          return run(request.requestId, (hooks) => convert(request, hooks));
      }
    },
  };
}
