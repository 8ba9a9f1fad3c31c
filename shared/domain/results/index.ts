// Campaign results: batches joined to the people they called, counts, the live-update diff, the
// results spreadsheet and follow-up selection. Pure code: runs in main, the renderer and workers.

export * from './batch-update';
export * from './batch-view';
export * from './call-labels';
export * from './call-result';
export * from './campaign-results';
export * from './follow-up-filter';
export * from './join-recipients';
export * from './results-csv';
export * from './status-counts';
