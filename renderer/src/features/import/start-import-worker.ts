import {
  createImportWorkerClient,
  type ImportWorkerClient,
} from '../../workers/import-worker-client';
import ImportWorker from '../../workers/import-worker?worker&inline';

/**
 * The import worker, inlined like the validation worker: a module worker loaded by URL fails
 * from the Electron app's file:// pages, a worker from a blob: URL starts everywhere.
 */
export function createImportClient(): ImportWorkerClient {
  return createImportWorkerClient(() => new ImportWorker());
}
