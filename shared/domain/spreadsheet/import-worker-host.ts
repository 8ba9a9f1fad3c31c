import { DEFAULT_MAX_BYTES, fileTooLarge } from './decode-spreadsheet';
import type { MappedColumn } from './column-targets';
import {
  convertSpreadsheet,
  readSpreadsheet,
  type ImportHooks,
  type ImportProgress,
} from './import-pipeline';
import {
  PREVIEW_ROWS,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
  type WorkerConvertOptions,
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

/** Passes progress on at most every PROGRESS_INTERVAL_MS, and always the end. */
function throttled(send: (progress: ImportProgress) => void): (progress: ImportProgress) => void {
  let last = 0;
  return (progress) => {
    const now = Date.now();
    if (progress.fraction < 1 && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    send(progress);
  };
}

/**
 * Rows a conversion ahead converts before anyone asks for them: they wait in the worker's
 * memory until then, so the rest of a huge file waits for the request.
 */
const MAX_ROWS_AHEAD = 200_000;

/** Sheets kept for converting; older ones go first (a re-read replaces the last one anyway). */
const MAX_SHEETS = 3;

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

type WithoutRequestId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

/** What a conversion tells the request it reports to. */
type ConversionResponse = WithoutRequestId<
  Extract<ImportWorkerResponse, { type: 'progress' | 'converted' | 'convert-done' | 'failed' }>
>;

/**
 * A sheet being converted, or converted. One started ahead ('prepare') runs before any request
 * asks for it, so it keeps what it would have sent until a 'convert' takes it over.
 */
interface Conversion {
  mapping: readonly MappedColumn[];
  options: WorkerConvertOptions;
  controller: AbortController;
  /** The request it reports to, once one has taken it over. */
  requestId: number | undefined;
  /** Batches and the outcome made before then, in order. */
  held: ConversionResponse[];
  /** The latest progress made before then. */
  progress: ImportProgress | undefined;
  finished: boolean;
  /** Resolves once it has finished, however it ended. */
  done: Promise<void>;
  /** Settles when a request takes it over. */
  takenOver: Settleable;
  /** Settles when it has gone as far as it may before a request takes it over. */
  waiting: Settleable;
}

/** A promise with its resolve function at hand. */
interface Settleable {
  promise: Promise<void>;
  settle(): void;
}

function settleable(): Settleable {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

function sameNumbers(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((number, index) => number === b[index]);
}

/** Whether a conversion gives what a request with this mapping and these options asks for. */
function sameConversion(
  conversion: Conversion,
  mapping: readonly MappedColumn[],
  options: WorkerConvertOptions,
): boolean {
  const made = conversion.options;
  return (
    made.defaultCountry === options.defaultCountry &&
    (made.duplicatePolicy ?? 'keep-first') === (options.duplicatePolicy ?? 'keep-first') &&
    made.maxListed === options.maxListed &&
    sameNumbers(made.existingPhoneNumbers, options.existingPhoneNumbers) &&
    conversion.mapping.length === mapping.length &&
    conversion.mapping.every(
      (column, index) =>
        column.header === mapping[index]?.header && column.target === mapping[index]?.target,
    )
  );
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

export interface ImportWorkerHostOptions {
  /** Rows a conversion ahead converts before a request takes it over; MAX_ROWS_AHEAD by default. */
  maxRowsAhead?: number;
}

export function createImportWorkerHost(
  post: PostResponse,
  { maxRowsAhead = MAX_ROWS_AHEAD }: ImportWorkerHostOptions = {},
): {
  /** Resolves once the request's work is done ('prepare': what it may do ahead), for tests. */
  handle(request: ImportWorkerRequest): Promise<void>;
} {
  const sheets = new Map<number, OpenSheet>();
  const running = new Map<number, AbortController>();
  /** Conversions started by 'prepare' and not yet taken over, by sheet. */
  const prepared = new Map<number, Conversion>();
  let nextSheetId = 1;
  let helper: PhoneNumberHelper | undefined;

  function release(sheetId: number): void {
    prepared.get(sheetId)?.controller.abort();
    prepared.delete(sheetId);
    sheets.get(sheetId)?.numbers?.ahead.stop();
    sheets.delete(sheetId);
  }

  function hooksFor(requestId: number, signal: AbortSignal): ImportHooks {
    return {
      signal,
      yieldToEventLoop,
      onProgress: throttled((progress) => post({ type: 'progress', requestId, progress })),
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

  /** Sends a conversion's messages to the request it reports to, or keeps them until one does. */
  function emit(conversion: Conversion, response: ConversionResponse): void {
    if (conversion.requestId !== undefined) {
      post({ ...response, requestId: conversion.requestId });
    } else if (response.type === 'progress') {
      conversion.progress = response.progress;
    } else {
      conversion.held.push(response);
    }
  }

  async function convertSheet(
    open: OpenSheet,
    mapping: readonly MappedColumn[],
    options: WorkerConvertOptions,
    conversion: Conversion,
  ): Promise<void> {
    const { existingPhoneNumbers, ...rowOptions } = options;
    const { sheet } = open;
    const { signal } = conversion.controller;
    const phoneColumns = phoneColumnsOf(mapping);
    const readAhead =
      open.numbers?.ahead.defaultCountry === options.defaultCountry &&
      sameColumns(open.numbers.phoneColumns, phoneColumns)
        ? open.numbers.ahead
        : undefined;
    // Numbers the helper hasn't seen (another phone column or country) are sent now.
    const ownAhead = readAhead ? undefined : helper?.normalizeAhead(options.defaultCountry);
    ownAhead?.add(typedPhoneNumbers(sheet.rows, phoneColumns));
    const numbers = readAhead ?? ownAhead;
    const aborted = whenAborted(signal);
    const rowsReady = async (end: number): Promise<void> => {
      // Converted rows wait in memory until the person confirms; a huge file's rest waits too.
      if (end > maxRowsAhead && conversion.requestId === undefined) {
        conversion.waiting.settle();
        await Promise.race([conversion.takenOver.promise, aborted]);
      }
      await numbers?.ready(end, signal);
    };
    const result = await convertSpreadsheet(
      sheet,
      mapping,
      {
        ...rowOptions,
        existingRecipients: (existingPhoneNumbers ?? []).map((phone_number) => ({ phone_number })),
        ...(numbers ? { knownPhoneNumbers: numbers.known } : {}),
      },
      {
        signal,
        yieldToEventLoop,
        onProgress: throttled((progress) => emit(conversion, { type: 'progress', progress })),
        rowsReady,
        // Sent while the rest is converted, so the page takes them in meanwhile.
        onConverted: (batch) => {
          emit(conversion, { type: 'converted', batch });
        },
      },
    ).finally(() => ownAhead?.stop());
    emit(
      conversion,
      result.ok
        ? { type: 'convert-done', report: result.report }
        : { type: 'failed', problem: result.problem },
    );
  }

  /** Starts converting a sheet; its messages wait until a request takes it over (see emit). */
  function startConversion(
    open: OpenSheet,
    mapping: readonly MappedColumn[],
    options: WorkerConvertOptions,
  ): Conversion {
    const conversion: Conversion = {
      mapping,
      options,
      controller: new AbortController(),
      requestId: undefined,
      held: [],
      progress: undefined,
      finished: false,
      done: Promise.resolve(),
      takenOver: settleable(),
      waiting: settleable(),
    };
    conversion.done = convertSheet(open, mapping, options, conversion)
      .catch((error: unknown) => emit(conversion, { type: 'failed', problem: failure(error) }))
      .finally(() => {
        conversion.finished = true;
        conversion.waiting.settle();
        if (conversion.requestId !== undefined) running.delete(conversion.requestId);
      });
    return conversion;
  }

  /** Makes `requestId` the request a conversion reports to, with what it has made so far. */
  function takeOver(conversion: Conversion, requestId: number): void {
    conversion.requestId = requestId;
    conversion.takenOver.settle();
    if (!conversion.finished) running.set(requestId, conversion.controller);
    if (conversion.progress) post({ type: 'progress', requestId, progress: conversion.progress });
    for (const response of conversion.held.splice(0)) post({ ...response, requestId });
  }

  function prepare(request: Extract<ImportWorkerRequest, { type: 'prepare' }>): Promise<void> {
    const open = sheets.get(request.sheetId);
    if (!open) return Promise.resolve();
    prepared.get(request.sheetId)?.controller.abort();
    const conversion = startConversion(open, request.mapping, request.options);
    prepared.set(request.sheetId, conversion);
    return conversion.waiting.promise;
  }

  function convert(request: Extract<ImportWorkerRequest, { type: 'convert' }>): Promise<void> {
    const open = sheets.get(request.sheetId);
    const ahead = prepared.get(request.sheetId);
    prepared.delete(request.sheetId);
    if (ahead && sameConversion(ahead, request.mapping, request.options)) {
      takeOver(ahead, request.requestId);
      return ahead.done;
    }
    ahead?.controller.abort();
    if (!open) {
      post({
        type: 'failed',
        requestId: request.requestId,
        problem: {
          code: 'internal_error',
          message: 'This file is no longer open. Choose it again to import it.',
        },
      });
      return Promise.resolve();
    }
    const conversion = startConversion(open, request.mapping, request.options);
    takeOver(conversion, request.requestId);
    return conversion.done;
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
        // Once the conversion has gone as far as it may before a 'convert' takes it over.
        case 'prepare':
          return prepare(request);
        // Once the conversion has finished.
        case 'convert':
          return convert(request);
      }
    },
  };
}
