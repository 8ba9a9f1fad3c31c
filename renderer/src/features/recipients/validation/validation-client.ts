import type { CountryCode, StoredRecipient } from '../../../../../shared/domain/recipients';
import type { ListCheck, ToValidator } from './messages';
import ValidationWorker from './recipient-validation.worker?worker&inline';

/** Talks to the validation worker; results arrive through `onCheck`. */
export interface ListValidator {
  load(rows: readonly StoredRecipient[], defaultCountry: CountryCode, version: number): void;
  patch(upserts: StoredRecipient[], removed: string[], version: number): void;
  setCountry(defaultCountry: CountryCode, version: number): void;
  dispose(): void;
}

export function startListValidator(onCheck: (check: ListCheck) => void): ListValidator {
  // Inlined, so it starts the same way from the Electron app's files and from a web server.
  const worker = new ValidationWorker();
  worker.addEventListener('message', (event: MessageEvent<ListCheck>) => onCheck(event.data));
  const send = (message: ToValidator) => worker.postMessage(message);
  return {
    load: (rows, defaultCountry, version) =>
      send({ kind: 'load', version, defaultCountry, rowsJson: JSON.stringify(rows) }),
    patch: (upserts, removed, version) =>
      send({ kind: 'patch', version, upsertsJson: JSON.stringify(upserts), removed }),
    setCountry: (defaultCountry, version) => send({ kind: 'country', version, defaultCountry }),
    dispose: () => worker.terminate(),
  };
}
