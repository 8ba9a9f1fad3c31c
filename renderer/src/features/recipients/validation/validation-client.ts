import type { CountryCode, StoredRecipient } from '../../../../../shared/domain/recipients';
import { yieldToEventLoop } from '../../../../../shared/domain/spreadsheet';
import type { ListCheck, ToValidator } from './messages';
import ValidationWorker from './recipient-validation.worker?worker&inline';

/** Talks to the validation worker; results arrive through `onCheck`. */
export interface ListValidator {
  load(rows: readonly StoredRecipient[], defaultCountry: CountryCode, version: number): void;
  patch(upserts: readonly StoredRecipient[], removed: string[], version: number): void;
  setCountry(defaultCountry: CountryCode, version: number): void;
  dispose(): void;
}

/** The longest a big hand-off waits for the page to paint; a hidden page paints nothing. */
const PAINT_WAIT_MS = 100;

/** Resolves after the page's next frame, or after PAINT_WAIT_MS if it draws none. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Rows per message: a piece this size becomes text in a few milliseconds. */
const ROWS_PER_PIECE = 2500;

type Message = () => ToValidator;

/** The rows as messages: pieces sent ahead, then `complete` with the rest. */
function inPieces(
  rows: readonly StoredRecipient[],
  complete: (rowsJson: string) => ToValidator,
): Message[] {
  const messages: Message[] = [];
  let start = 0;
  for (; rows.length - start > ROWS_PER_PIECE; start += ROWS_PER_PIECE) {
    const end = start + ROWS_PER_PIECE;
    const from = start;
    messages.push(() => ({ kind: 'rows', rowsJson: JSON.stringify(rows.slice(from, end)) }));
  }
  const rest = start;
  messages.push(() => complete(JSON.stringify(rows.slice(rest))));
  return messages;
}

export function startListValidator(onCheck: (check: ListCheck) => void): ListValidator {
  // Inlined, so it starts the same way from the Electron app's files and from a web server.
  const worker = new ValidationWorker();
  worker.addEventListener('message', (event: MessageEvent<ListCheck>) => onCheck(event.data));

  // Messages are made and sent in order, one per task while there are several: a small
  // change goes at once, a big one once the page has shown the change (an import's rows just
  // went into the list, and the wizard is closing) and never holds the page for long.
  const queue: Message[] = [];
  let sending = false;
  const drain = async () => {
    sending = true;
    if (queue.length > 1) await afterNextPaint();
    for (let next = queue.shift(); next; next = queue.shift()) {
      worker.postMessage(next());
      if (queue.length > 0) await yieldToEventLoop();
    }
    sending = false;
  };
  const send = (messages: Message[]) => {
    queue.push(...messages);
    if (!sending) void drain();
  };

  return {
    load: (rows, defaultCountry, version) =>
      send(inPieces(rows, (rowsJson) => ({ kind: 'load', version, defaultCountry, rowsJson }))),
    patch: (upserts, removed, version) =>
      send(inPieces(upserts, (upsertsJson) => ({ kind: 'patch', version, upsertsJson, removed }))),
    setCountry: (defaultCountry, version) =>
      send([() => ({ kind: 'country', version, defaultCountry })]),
    dispose: () => {
      queue.length = 0;
      worker.terminate();
    },
  };
}
