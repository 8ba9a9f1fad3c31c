// Everything between a checked draft and the ElevenLabs batch submits: where each agent
// variable's value comes from, per-person overrides, the first-message preview, the
// do-not-call list, the submit requests themselves and the numbers the confirmation shows.
// Pure code: runs in Node, the Electron main process, the renderer and Web Workers.

export * from './batch-request-key';
export * from './batch-requests';
export * from './call-overrides';
export * from './do-not-call';
export * from './dynamic-variables';
export * from './first-message-preview';
export * from './launch-context';
export * from './launch-summary';
export * from './parse-do-not-call-csv';
export * from './recipient-values';
export * from './resolve-variable';
export * from './variable-sources';
export * from './launch-timing';
