import type { CountryCode } from '../recipients';
import type { MappedColumn } from './column-targets';
import type { EncodingSource, SpreadsheetEncoding } from './decode-spreadsheet';
import type { ImportProgress, ReadSpreadsheetOptions } from './import-pipeline';
import type { ParsedSpreadsheet, SpreadsheetRow } from './parse-spreadsheet';
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
      /**
       * One batch of converted recipients (StoredRecipient[] as JSON text); several arrive
       * before convert-done. Text, because the page parses it several times faster than it
       * unpacks as many structured-cloned objects, and it does that on the UI thread.
       */
      type: 'recipients';
      requestId: number;
      recipientsJson: string;
      rowNumbers: number[];
    }
  | { type: 'convert-done'; requestId: number; report: ImportReport }
  | { type: 'failed'; requestId: number; problem: SpreadsheetProblem };

export const PREVIEW_ROWS = 50;
