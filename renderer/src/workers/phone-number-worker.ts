// The import's second worker: normalises the phone numbers of rows ahead of the import worker,
// which reads the rest of each row meanwhile (see shared/domain/spreadsheet/phone-number-helper).
// Its first and only message is the port to the import worker. It is started only through
// features/import/start-import-worker.ts.
import { warmUpPhoneNumbers } from '../../../shared/domain/recipients';
import { servePhoneNumbers, type HelperPort } from '../../../shared/domain/spreadsheet';

// The renderer's TypeScript lib is DOM, not WebWorker, so the one member used is typed here.
interface DedicatedWorkerScope {
  onmessage: ((event: MessageEvent<HelperPort>) => void) | null;
}

const scope = globalThis as unknown as DedicatedWorkerScope;
scope.onmessage = (event) => {
  scope.onmessage = null;
  servePhoneNumbers(event.data);
};
// Started ahead of an import (start-import-worker), so this runs before the person picks a file.
warmUpPhoneNumbers();
