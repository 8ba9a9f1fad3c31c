import { DEFAULT_MAX_BYTES, fileTooLarge } from './decode-spreadsheet';
import { convertSpreadsheet, readSpreadsheet, type ImportHooks } from './import-pipeline';
import {
  PREVIEW_ROWS,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from './import-worker-protocol';
import { mappingMemoryKey } from './mapping-memory';
import type { ParsedSpreadsheet } from './parse-spreadsheet';
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

export function createImportWorkerHost(post: PostResponse): {
  handle(request: ImportWorkerRequest): Promise<void>;
} {
  const sheets = new Map<number, ParsedSpreadsheet>();
  const running = new Map<number, AbortController>();
  let nextSheetId = 1;

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
    const { agentVariables, ...options } = request.options;
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
    const result = await readSpreadsheet(await bytesOf(request.file), options, hooks);
    if (!result.ok) {
      post({ type: 'failed', requestId: request.requestId, problem: result.problem });
      return;
    }
    const { rows, ...sheet } = result.sheet;
    const sheetId = nextSheetId++;
    sheets.set(sheetId, result.sheet);
    for (const oldest of sheets.keys()) {
      if (sheets.size <= MAX_SHEETS) break;
      sheets.delete(oldest);
    }
    const mappingOptions = agentVariables ? { agentVariables } : {};
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
    const sheet = sheets.get(request.sheetId);
    if (!sheet) {
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
    const result = await convertSpreadsheet(
      sheet,
      request.mapping,
      {
        ...options,
        existingRecipients: (existingPhoneNumbers ?? []).map((phone_number) => ({ phone_number })),
      },
      {
        ...hooks,
        // Sent while the rest is converted, so the page takes them in meanwhile.
        onRecipients: (recipients, rowNumbers) =>
          post({
            type: 'recipients',
            requestId: request.requestId,
            recipientsJson: JSON.stringify(recipients),
            rowNumbers,
          }),
      },
    );
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
        case 'cancel':
          running.get(request.requestId)?.abort();
          return;
        case 'release':
          sheets.delete(request.sheetId);
          return;
        case 'read':
          return run(request.requestId, (hooks) => read(request, hooks));
        case 'convert':
          return run(request.requestId, (hooks) => convert(request, hooks));
      }
    },
  };
}
