import type { MappedColumn } from './column-targets';
import {
  decodeSpreadsheetBytes,
  type DecodeOptions,
  type EncodingSource,
  type SpreadsheetEncoding,
} from './decode-spreadsheet';
import {
  parseSpreadsheetText,
  type ParsedSpreadsheet,
  type ParseHooks,
  type ParseOptions,
} from './parse-spreadsheet';
import type { PipelineHooks } from './pipeline-hooks';
import {
  convertRows,
  type ConvertHooks,
  type RowsToRecipientsOptions,
  type RowsToRecipientsResult,
} from './rows-to-recipients';
import type { SpreadsheetProblem, SpreadsheetWarning } from './spreadsheet-problem';
import { checkMapping, suggestMapping } from './suggest-mapping';

// The whole import as pure async functions (bytes in, recipients and a report out), so the Web
// Worker, the benchmark and the tests run exactly the same code. Two steps, because the person
// confirms the column mapping in between: readSpreadsheet (decode + parse), then
// convertSpreadsheet (map + normalise + validate + dedupe). importSpreadsheet does both with the
// suggested mapping.

export type ImportStage = 'reading' | 'converting';

export interface ImportProgress {
  stage: ImportStage;
  /** 0 to 1 for the whole call. */
  fraction: number;
  /** Rows read or converted so far. */
  rows: number;
}

export interface ImportHooks extends Omit<PipelineHooks, 'onProgress'> {
  onProgress?: (progress: ImportProgress) => void;
  /** Takes the converted rows as they are made, instead of the result (see ConvertHooks). */
  onConverted?: ConvertHooks['onConverted'];
  /** Rows as they are read (see ParseHooks). */
  onRows?: ParseHooks['onRows'];
  /** Awaited before converting the rows up to an index (see ConvertHooks). */
  rowsReady?: ConvertHooks['rowsReady'];
}

export type ReadSpreadsheetOptions = DecodeOptions & ParseOptions;

export type ReadSpreadsheetResult =
  | {
      ok: true;
      encoding: SpreadsheetEncoding;
      encodingSource: EncodingSource;
      sheet: ParsedSpreadsheet;
      /** Decoding and parsing caveats, e.g. unreadable characters or ragged rows. */
      warnings: SpreadsheetWarning[];
    }
  | { ok: false; problem: SpreadsheetProblem };

function cancelledProblem(): SpreadsheetProblem {
  return { code: 'cancelled', message: 'The import was cancelled.' };
}

function stageHooks(
  hooks: ImportHooks,
  stage: ImportStage,
  from: number,
  to: number,
): PipelineHooks {
  return {
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(hooks.yieldToEventLoop ? { yieldToEventLoop: hooks.yieldToEventLoop } : {}),
    onProgress: ({ fraction, rows }) =>
      hooks.onProgress?.({ stage, fraction: from + (to - from) * fraction, rows }),
  };
}

async function read(
  bytes: Uint8Array,
  options: ReadSpreadsheetOptions,
  hooks: ImportHooks,
  to: number,
): Promise<ReadSpreadsheetResult> {
  if (hooks.signal?.aborted) return { ok: false, problem: cancelledProblem() };
  const decoded = decodeSpreadsheetBytes(bytes, options);
  if (!decoded.ok) return decoded;
  hooks.onProgress?.({ stage: 'reading', fraction: to * 0.1, rows: 0 });
  if (hooks.yieldToEventLoop) await hooks.yieldToEventLoop();
  const parsed = await parseSpreadsheetText(decoded.text, options, {
    ...stageHooks(hooks, 'reading', to * 0.1, to),
    ...(hooks.onRows ? { onRows: hooks.onRows } : {}),
  });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    encoding: decoded.encoding,
    encodingSource: decoded.source,
    sheet: parsed.sheet,
    warnings: [...decoded.warnings, ...parsed.sheet.warnings],
  };
}

/** Decodes and parses a file; the person then checks the column mapping. */
export function readSpreadsheet(
  bytes: Uint8Array,
  options: ReadSpreadsheetOptions = {},
  hooks: ImportHooks = {},
): Promise<ReadSpreadsheetResult> {
  return read(bytes, options, hooks, 1);
}

export type ConvertSpreadsheetResult =
  ({ ok: true } & RowsToRecipientsResult) | { ok: false; problem: SpreadsheetProblem };

async function convert(
  sheet: ParsedSpreadsheet,
  mapping: readonly MappedColumn[],
  options: RowsToRecipientsOptions,
  hooks: ImportHooks,
  from: number,
): Promise<ConvertSpreadsheetResult> {
  const converted = await convertRows(sheet.rows, mapping, options, {
    ...stageHooks(hooks, 'converting', from, 1),
    ...(hooks.onConverted ? { onConverted: hooks.onConverted } : {}),
    ...(hooks.rowsReady ? { rowsReady: hooks.rowsReady } : {}),
  });
  if (!converted) return { ok: false, problem: cancelledProblem() };
  converted.report.emptyRowsSkipped += sheet.emptyRowsSkipped;
  return { ok: true, ...converted };
}

/** Turns a read sheet into recipients with the mapping the person confirmed. */
export function convertSpreadsheet(
  sheet: ParsedSpreadsheet,
  mapping: readonly MappedColumn[],
  options: RowsToRecipientsOptions,
  hooks: ImportHooks = {},
): Promise<ConvertSpreadsheetResult> {
  return convert(sheet, mapping, options, hooks, 0);
}

export interface ImportSpreadsheetOptions extends ReadSpreadsheetOptions, RowsToRecipientsOptions {
  /** The agent's placeholders, for the suggested mapping. */
  agentVariables?: readonly string[];
  /** A mapping to use instead of the suggestion, given the file's headers. */
  mapping?: (headers: readonly string[]) => readonly MappedColumn[];
}

export type ImportSpreadsheetResult =
  | ({
      ok: true;
      encoding: SpreadsheetEncoding;
      sheet: ParsedSpreadsheet;
      warnings: SpreadsheetWarning[];
      mapping: readonly MappedColumn[];
    } & RowsToRecipientsResult)
  | { ok: false; problem: SpreadsheetProblem };

// Reading is quick next to converting, which parses every phone number.
const READ_SHARE = 0.2;

/** The whole import in one go with the suggested (or a given) mapping. */
export async function importSpreadsheet(
  bytes: Uint8Array,
  options: ImportSpreadsheetOptions,
  hooks: ImportHooks = {},
): Promise<ImportSpreadsheetResult> {
  const readResult = await read(bytes, options, hooks, READ_SHARE);
  if (!readResult.ok) return readResult;
  const { sheet } = readResult;
  const mapping = options.mapping
    ? options.mapping(sheet.headers)
    : suggestMapping(
        sheet.headers,
        options.agentVariables ? { agentVariables: options.agentVariables } : {},
      );
  if (checkMapping(mapping).some((problem) => problem.code === 'phone_unmapped')) {
    return {
      ok: false,
      problem: {
        code: 'no_phone_column',
        message: `None of the columns (${sheet.headers.slice(0, 5).join(', ')}${sheet.headers.length > 5 ? ', …' : ''}) looks like phone numbers. Choose the phone number column yourself.`,
      },
    };
  }
  const converted = await convert(sheet, mapping, options, hooks, READ_SHARE);
  if (!converted.ok) return converted;
  return {
    ...converted,
    encoding: readResult.encoding,
    sheet,
    warnings: readResult.warnings,
    mapping,
  };
}
