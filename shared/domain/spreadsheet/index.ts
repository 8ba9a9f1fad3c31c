// Spreadsheet import and export: bytes → text (encoding detection, refusing files that aren't
// CSV), text → rows (papaparse), headings → a column mapping, rows → recipients with a report,
// and recipients → CSV. Pure code: runs in Node, the renderer and the import Web Worker.

export * from './column-targets';
export * from './converted-rows';
export * from './decode-spreadsheet';
export * from './detect-format';
export * from './export-csv';
export * from './file-signatures';
export * from './formula-injection';
export * from './import-pipeline';
export * from './import-worker-host';
export * from './import-worker-protocol';
export * from './legacy-encodings';
export * from './list-cells';
export * from './mapping-memory';
export * from './parse-spreadsheet';
export * from './phone-number-helper';
export * from './pipeline-hooks';
export * from './rows-to-recipients';
export * from './spreadsheet-problem';
export * from './suggest-mapping';
export * from './text-decoding';
