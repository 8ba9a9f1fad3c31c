import type { CountryCode } from '../recipients';
import type { MappedColumn } from './column-targets';
import type { ConvertedBatch } from './converted-rows';
import type { EncodingSource, SpreadsheetEncoding } from './decode-spreadsheet';
import type { ImportProgress, ReadSpreadsheetOptions } from './import-pipeline';
import type { ParsedSpreadsheet, SpreadsheetRow } from './parse-spreadsheet';
import type { HelperPort } from './phone-number-helper';
import type { DuplicatePolicy, ImportReport } from './rows-to-recipients';
import type { SpreadsheetProblem, SpreadsheetWarning } from './spreadsheet-problem';
import type { MappingProblem } from './suggest-mapping';

// Messages between the renderer and the import Web Worker. Everything here survives structured
// cloning: no functions, no class instances. The worker keeps each read sheet's rows (which can
// be a million) and hands out a sheetId, so rows cross the thread boundary only as recipients.

export type WorkerReadOptions = Pick<
  ReadSpreadsheetOptions,
  'encoding' | 'preferLegacyEncoding' | 'maxBytes' | 'delimiter' | 'hasHeaderRow' | 'maxRows'
> & {
  /** The agent's placeholders, for the suggested mapping. */
  agentVariables?: string[];
  /**
   * The campaign country: with it (and a helper), the phone numbers are normalised while the
   * person checks the file, so converting it later is quicker.
   */
  defaultCountry?: CountryCode;
};

export interface WorkerConvertOptions {
  defaultCountry: CountryCode;
  duplicatePolicy?: DuplicatePolicy;
  /** The draft's phone numbers, as stored (only numbers cross over, not whole recipients). */
  existingPhoneNumbers?: string[];
  maxListed?: number;
}

export type ImportWorkerRequest =
  | {
      type: 'read';
      requestId: number;
      /** A File from an <input> or a drop is passed as is: the worker reads it itself. */
      file: Blob | ArrayBuffer;
      options: WorkerReadOptions;
    }
  | {
      type: 'convert';
      requestId: number;
      sheetId: number;
      mapping: MappedColumn[];
      options: WorkerConvertOptions;
    }
  /**
   * Converts a read sheet in the background, before the person has confirmed the mapping, so
   * a later 'convert' of the same sheet with the same mapping and options takes over what is
   * done by then instead of starting over. Nothing is answered to it.
   */
  | { type: 'prepare'; sheetId: number; mapping: MappedColumn[]; options: WorkerConvertOptions }
  /** The channel to the phone number helper worker (see phone-number-helper); sent once. */
  | { type: 'helper'; port: HelperPort }
  | { type: 'cancel'; requestId: number }
  | { type: 'release'; sheetId: number };

/** What the UI needs to show a read file and its mapping, without its rows. */
export interface SheetSummary extends Omit<ParsedSpreadsheet, 'rows'> {
  encoding: SpreadsheetEncoding;
  encodingSource: EncodingSource;
  rowCount: number;
  /** The first rows, for a preview under the mapping. */
  preview: SpreadsheetRow[];
  /** Decoding and parsing caveats. */
  warnings: SpreadsheetWarning[];
}

export type ImportWorkerResponse =
  | { type: 'progress'; requestId: number; progress: ImportProgress }
  | {
      type: 'read-done';
      requestId: number;
      sheetId: number;
      summary: SheetSummary;
      suggestedMapping: MappedColumn[];
      mappingProblems: MappingProblem[];
      /** Key under which to remember the person's mapping for files with these headings. */
      memoryKey: string;
    }
  | {
      /** One batch of converted rows; several arrive before convert-done. */
      type: 'converted';
      requestId: number;
      batch: ConvertedBatch;
    }
  | { type: 'convert-done'; requestId: number; report: ImportReport }
  | { type: 'failed'; requestId: number; problem: SpreadsheetProblem };

export const PREVIEW_ROWS = 50;
