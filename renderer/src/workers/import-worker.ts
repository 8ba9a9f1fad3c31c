// The spreadsheet import off the UI thread: decoding, parsing and checking a big file takes
// seconds, during which the window must stay responsive and the person must be able to cancel.
// All the work is in shared/domain/spreadsheet; this file only connects it to the worker global.
// It is started only through features/import/start-import-worker.ts.
import { warmUpPhoneNumbers } from '../../../shared/domain/recipients';
import {
  createImportWorkerHost,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from '../../../shared/domain/spreadsheet';

// The renderer's TypeScript lib is DOM, not WebWorker, so the few members used are typed here.
interface DedicatedWorkerScope {
  postMessage(message: ImportWorkerResponse): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest>) => void,
  ): void;
}

const scope = globalThis as unknown as DedicatedWorkerScope;
const host = createImportWorkerHost((response) => scope.postMessage(response));

scope.addEventListener('message', (event) => {
  void host.handle(event.data);
});
// Started ahead of an import (start-import-worker): it normalises numbers too, from the end.
warmUpPhoneNumbers();
