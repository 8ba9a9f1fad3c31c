import type {
  CountryCode,
  StoredRecipient,
  ValidPhoneNumbers,
} from '../../../../../shared/domain/recipients';
import type { ListCheck, ToValidator } from './messages';
import ValidationWorker from './recipient-validation.worker?worker&inline';

/** Talks to the validation worker; results arrive through `onCheck`. */
export interface ListValidator {
  load(rows: readonly StoredRecipient[], defaultCountry: CountryCode, version: number): void;
  patch(upserts: readonly StoredRecipient[], removed: string[], version: number): void;
  setCountry(defaultCountry: CountryCode, version: number): void;
  /** Numbers found valid elsewhere, which the next check then needn't parse. */
  learn(numbers: ValidPhoneNumbers): void;
  dispose(): void;
}

/** Rows per message: a piece this size becomes text in a few milliseconds. */
const ROWS_PER_PIECE = 2500;
/** Numbers per message: a piece this size is copied across in a millisecond or two. */
const NUMBERS_PER_PIECE = 10_000;

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

  // Messages are made and sent in order: a small change goes at once, a big one a piece per
  // task at background priority, after the page's other work (input, painting, React's
  // deferred renders such as the grid drawing an import's rows), so it never holds the page
  // for long nor delays it showing the change.
  const queue: Message[] = [];
  let sending = false;
  const drain = async () => {
    sending = true;
    const big = queue.length > 1;
    for (let next = queue.shift(); next; next = queue.shift()) {
      const message = next;
      if (big) {
        await scheduler.postTask(() => worker.postMessage(message()), { priority: 'background' });
      } else {
        worker.postMessage(message());
      }
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
    learn: ({ defaultCountry, e164, countries }) => {
      const messages: Message[] = [];
      for (let start = 0; start < e164.length; start += NUMBERS_PER_PIECE) {
        const end = start + NUMBERS_PER_PIECE;
        messages.push(() => ({
          kind: 'numbers',
          defaultCountry,
          e164: e164.slice(start, end),
          countries: countries.slice(start, end),
        }));
      }
      send(messages);
    },
    dispose: () => {
      queue.length = 0;
      worker.terminate();
    },
  };
}
