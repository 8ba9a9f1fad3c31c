// Call tasks: one errand (notes for the agent), several places called in turn until one
// succeeds. The model, the checks before a run, which agent variables carry the notes and the
// place name, and how a run moves on from call to call.
// Pure code: runs in Node, the Electron main process, the renderer and Web Workers.

export * from './run-progress';
export * from './task';
export * from './task-checks';
export * from './task-run';
export * from './task-variables';
