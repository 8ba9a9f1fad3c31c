import {
  createRecipientAssembler,
  type ImportProgress,
  type ImportReport,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
  type MappedColumn,
  type MappingProblem,
  type SheetSummary,
  type SpreadsheetProblem,
  type WorkerConvertOptions,
  type WorkerReadOptions,
} from '../../../shared/domain/spreadsheet';
import type { StoredRecipient, ValidPhoneNumbers } from '../../../shared/domain/recipients';

// Typed promises over the import worker's messages (see import-worker-protocol): read a file,
// let the person confirm the mapping, convert; each step can report progress and be cancelled.

/** The part of Worker the client uses, so tests can connect it to the host in-process. */
export interface WorkerLike {
  postMessage(message: ImportWorkerRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerResponse>) => void,
  ): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface ImportTask<T> {
  readonly result: Promise<T>;
  /** Stops the work; result then resolves with a 'cancelled' problem. */
  cancel(): void;
}

export type ReadOutcome =
  | {
      ok: true;
      sheetId: number;
      summary: SheetSummary;
      suggestedMapping: MappedColumn[];
      mappingProblems: MappingProblem[];
      memoryKey: string;
    }
  | { ok: false; problem: SpreadsheetProblem };

export type ConvertOutcome =
  | {
      ok: true;
      recipients: StoredRecipient[];
      rowNumbers: number[];
      report: ImportReport;
      /** The recipients' numbers that are valid, for the list check not to parse them again. */
      validPhoneNumbers: ValidPhoneNumbers;
    }
  | { ok: false; problem: SpreadsheetProblem };

export interface ImportWorkerClient {
  read(
    file: Blob | ArrayBuffer,
    options?: WorkerReadOptions,
    onProgress?: (progress: ImportProgress) => void,
  ): ImportTask<ReadOutcome>;
  convert(
    sheetId: number,
    mapping: MappedColumn[],
    options: WorkerConvertOptions,
    onProgress?: (progress: ImportProgress) => void,
  ): ImportTask<ConvertOutcome>;
  /**
   * Starts converting a read sheet before the person confirms the mapping; a later convert
   * with the same mapping and options takes over what is done by then.
   */
  prepare(sheetId: number, mapping: MappedColumn[], options: WorkerConvertOptions): void;
  /** Frees a read sheet's rows in the worker once they are no longer needed. */
  release(sheetId: number): void;
  /** Stops the worker; unfinished tasks resolve as cancelled. */
  dispose(): void;
}

interface Pending {
  onResponse(response: ImportWorkerResponse): void;
  fail(problem: SpreadsheetProblem): void;
}

const CANCELLED: SpreadsheetProblem = { code: 'cancelled', message: 'The import was cancelled.' };

/** `createWorker` starts the worker: the app's inlined one (start-import-worker) or a test's. */
export function createImportWorkerClient(createWorker: () => WorkerLike): ImportWorkerClient {
  let worker: WorkerLike | undefined;
  let nextRequestId = 1;
  const pending = new Map<number, Pending>();

  function connection(): WorkerLike {
    if (worker) return worker;
    const started = createWorker();
    started.addEventListener('message', (event) => {
      const response = event.data;
      pending.get(response.requestId)?.onResponse(response);
    });
    started.addEventListener('error', () => {
      const problem: SpreadsheetProblem = {
        code: 'internal_error',
        message: 'The file reader stopped unexpectedly. Try importing the file again.',
      };
      for (const task of [...pending.values()]) task.fail(problem);
      worker?.terminate();
      worker = undefined;
    });
    worker = started;
    return started;
  }

  function start<T>(
    build: (requestId: number) => ImportWorkerRequest,
    handle: (response: ImportWorkerResponse, settle: (outcome: T) => void) => void,
    failed: (problem: SpreadsheetProblem) => T,
    onProgress: ((progress: ImportProgress) => void) | undefined,
  ): ImportTask<T> {
    const requestId = nextRequestId++;
    let settle: (outcome: T) => void = () => undefined;
    const result = new Promise<T>((resolve) => {
      settle = (outcome) => {
        pending.delete(requestId);
        resolve(outcome);
      };
    });
    pending.set(requestId, {
      onResponse: (response) => {
        if (response.type === 'progress') onProgress?.(response.progress);
        else if (response.type === 'failed') settle(failed(response.problem));
        else handle(response, settle);
      },
      fail: (problem) => settle(failed(problem)),
    });
    connection().postMessage(build(requestId));
    return {
      result,
      cancel: () => {
        if (!pending.has(requestId)) return;
        worker?.postMessage({ type: 'cancel', requestId });
        settle(failed(CANCELLED));
      },
    };
  }

  return {
    read(file, options = {}, onProgress) {
      return start<ReadOutcome>(
        (requestId) => ({ type: 'read', requestId, file, options }),
        (response, settle) => {
          if (response.type !== 'read-done') return;
          settle({
            ok: true,
            sheetId: response.sheetId,
            summary: response.summary,
            suggestedMapping: response.suggestedMapping,
            mappingProblems: response.mappingProblems,
            memoryKey: response.memoryKey,
          });
        },
        (problem) => ({ ok: false, problem }),
        onProgress,
      );
    },

    convert(sheetId, mapping, options, onProgress) {
      const recipients: StoredRecipient[] = [];
      const rowNumbers: number[] = [];
      const validPhoneNumbers: ValidPhoneNumbers = {
        defaultCountry: options.defaultCountry,
        e164: [],
        countries: [],
      };
      const assemble = createRecipientAssembler();
      return start<ConvertOutcome>(
        (requestId) => ({ type: 'convert', requestId, sheetId, mapping, options }),
        (response, settle) => {
          if (response.type === 'converted') {
            const { batch } = response;
            for (const recipient of assemble(batch)) recipients.push(recipient);
            for (const rowNumber of batch.rowNumbers) rowNumbers.push(rowNumber);
            batch.phoneCountries.forEach((country, row) => {
              if (country === null) return;
              validPhoneNumbers.e164.push(batch.phoneNumbers[row] ?? '');
              validPhoneNumbers.countries.push(country);
            });
          } else if (response.type === 'convert-done') {
            const { report } = response;
            settle({ ok: true, recipients, rowNumbers, report, validPhoneNumbers });
          }
        },
        (problem) => ({ ok: false, problem }),
        onProgress,
      );
    },

    prepare(sheetId, mapping, options) {
      connection().postMessage({ type: 'prepare', sheetId, mapping, options });
    },

    release(sheetId) {
      worker?.postMessage({ type: 'release', sheetId });
    },

    dispose() {
      for (const task of [...pending.values()]) task.fail(CANCELLED);
      worker?.terminate();
      worker = undefined;
    },
  };
}
