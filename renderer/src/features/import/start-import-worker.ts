import { useEffect } from 'react';
import {
  createImportWorkerClient,
  type ImportWorkerClient,
  type WorkerLike,
} from '../../workers/import-worker-client';
import ImportWorker from '../../workers/import-worker?worker&inline';
import PhoneNumberWorker from '../../workers/phone-number-worker?worker&inline';

/**
 * The import worker and its phone number helper, connected by a channel of their own. Both
 * are inlined like the validation worker: a module worker loaded by URL fails from the Electron
 * app's file:// pages, a worker from a blob: URL starts everywhere. To the client they are one
 * worker: either failing fails the import, and both stop together.
 */
function startImportWorkers(): WorkerLike {
  const reader = new ImportWorker();
  const helper = new PhoneNumberWorker();
  const channel = new MessageChannel();
  helper.postMessage(channel.port2, [channel.port2]);
  reader.postMessage({ type: 'helper', port: channel.port1 }, [channel.port1]);
  // Whichever stops unexpectedly, the client hears it as the import worker failing.
  helper.addEventListener('error', () => reader.dispatchEvent(new Event('error')));
  return {
    postMessage: (message) => reader.postMessage(message),
    addEventListener: reader.addEventListener.bind(reader),
    terminate: () => {
      reader.terminate();
      helper.terminate();
    },
  };
}

/** Workers started ahead of an import, so choosing a file doesn't wait for them to start. */
let ready: WorkerLike | undefined;

/**
 * Starts the import workers when the page is next idle while the calling screen can import,
 * and stops them when it no longer can (or closes) if no import took them.
 */
export function useImportWorkersReady(canImport: boolean): void {
  useEffect(() => {
    if (!canImport) return;
    ready ??= startImportWorkers();
    return () => {
      ready?.terminate();
      ready = undefined;
    };
  }, [canImport]);
}

export function createImportClient(): ImportWorkerClient {
  return createImportWorkerClient(() => {
    const workers = ready ?? startImportWorkers();
    ready = undefined;
    return workers;
  });
}
