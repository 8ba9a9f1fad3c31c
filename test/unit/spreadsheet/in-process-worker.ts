import type { WorkerLike } from '../../../renderer/src/workers/import-worker-client';
import {
  createImportWorkerHost,
  type HelperPort,
  type ImportWorkerRequest,
  type ImportWorkerResponse,
} from '../../../shared/domain/spreadsheet';

/**
 * The worker host behind a fake Worker: messages are structured-cloned and delivered as
 * separate tasks, as between real threads.
 */
export function inProcessWorker(options: { helper?: HelperPort } = {}): WorkerLike & {
  crash(): void;
  requests: ImportWorkerRequest[];
  responses: ImportWorkerResponse['type'][];
} {
  const messageListeners: Array<(event: MessageEvent<ImportWorkerResponse>) => void> = [];
  const errorListeners: Array<(event: Event) => void> = [];
  const requests: ImportWorkerRequest[] = [];
  const responses: ImportWorkerResponse['type'][] = [];
  const host = createImportWorkerHost((response) => {
    responses.push(response.type);
    const data = structuredClone(response);
    setTimeout(() => {
      for (const listener of messageListeners)
        listener({ data } as MessageEvent<ImportWorkerResponse>);
    });
  });
  // A port can't be cloned, only handed over, so the channel to a helper is given directly.
  if (options.helper) void host.handle({ type: 'helper', port: options.helper });
  return {
    requests,
    responses,
    postMessage(message) {
      const copy = structuredClone(message);
      requests.push(copy);
      setTimeout(() => void host.handle(copy));
    },
    addEventListener(
      type: 'message' | 'error',
      listener: ((event: MessageEvent<ImportWorkerResponse>) => void) | ((event: Event) => void),
    ) {
      if (type === 'message') {
        messageListeners.push(listener as (event: MessageEvent<ImportWorkerResponse>) => void);
      } else {
        errorListeners.push(listener as (event: Event) => void);
      }
    },
    terminate() {},
    crash() {
      for (const listener of errorListeners) listener(new Event('error'));
    },
  };
}
