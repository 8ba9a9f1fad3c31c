import { normalizePhoneNumber, type CountryCode, type PhoneNumberResult } from '../recipients';
import { yieldToEventLoop } from './pipeline-hooks';

// Normalising phone numbers is most of an import's work, and a machine has more than one core:
// while the import worker reads the rest of each row, a second worker (the helper) normalises
// the phone numbers of the rows ahead, so the two halves of the work run side by side; when the
// import worker catches up, it takes numbers from the other end until the two meet. The two
// talk over a MessageChannel the page sets up. Only numbers go across, never rows.

type PhoneNumberProblemResult = Extract<PhoneNumberResult, { ok: false }>;

/** The part of a MessagePort both sides use; Node's and the browser's both have it. */
export interface HelperPort {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type PhoneHelperRequest =
  | {
      /** More numbers for a request; the first message of a request starts it. */
      type: 'normalize';
      requestId: number;
      defaultCountry: CountryCode;
      /** As typed; '' for rows without one. */
      numbers: string[];
    }
  | { type: 'stop'; requestId: number };

export type PhoneHelperResponse =
  | {
      type: 'normalized';
      requestId: number;
      /** Index, among all the numbers sent for the request, of the first answer. */
      from: number;
      /** E.164, or '' where the number is missing or not valid. */
      e164: string[];
      /** The number's country, or '' when the numbering plan doesn't say. */
      countries: string[];
      /** Why numbers that were typed are not valid, by their index among this answer's. */
      problems: Array<{ at: number; problem: PhoneNumberProblemResult }>;
    }
  | { type: 'failed'; requestId: number };

/** Numbers answered per message: each answer reaches the import while the helper goes on. */
const NUMBERS_PER_ANSWER = 2000;

/** Numbers the import worker normalises from the end between looks at the helper's answers. */
const NUMBERS_FROM_THE_END = 250;

interface HelperRequest {
  defaultCountry: CountryCode;
  numbers: string[];
  answered: number;
  busy: boolean;
}

/** The helper's side: answers each request's numbers in pieces, in order, until stopped. */
export function servePhoneNumbers(port: HelperPort): void {
  const requests = new Map<number, HelperRequest>();
  const answer = async (requestId: number, request: HelperRequest) => {
    request.busy = true;
    try {
      while (requests.get(requestId) === request && request.answered < request.numbers.length) {
        const from = request.answered;
        const to = Math.min(request.numbers.length, from + NUMBERS_PER_ANSWER);
        const e164: string[] = [];
        const countries: string[] = [];
        const problems: Array<{ at: number; problem: PhoneNumberProblemResult }> = [];
        for (let index = from; index < to; index++) {
          const typed = request.numbers[index] ?? '';
          const result =
            typed === '' ? undefined : normalizePhoneNumber(typed, request.defaultCountry);
          e164.push(result?.ok ? result.e164 : '');
          countries.push(result?.ok ? (result.country ?? '') : '');
          if (result && !result.ok) problems.push({ at: index - from, problem: result });
        }
        request.answered = to;
        port.postMessage({
          type: 'normalized',
          requestId,
          from,
          e164,
          countries,
          problems,
        } satisfies PhoneHelperResponse);
        // Lets a 'stop' or more numbers in.
        await yieldToEventLoop();
      }
    } catch {
      requests.delete(requestId);
      port.postMessage({ type: 'failed', requestId } satisfies PhoneHelperResponse);
    } finally {
      request.busy = false;
    }
  };
  port.onmessage = (event: MessageEvent) => {
    const message = event.data as PhoneHelperRequest;
    if (message.type === 'stop') {
      requests.delete(message.requestId);
      return;
    }
    let request = requests.get(message.requestId);
    if (!request) {
      request = { defaultCountry: message.defaultCountry, numbers: [], answered: 0, busy: false };
      requests.set(message.requestId, request);
    }
    for (const typed of message.numbers) request.numbers.push(typed);
    if (!request.busy) void answer(message.requestId, request);
  };
}

/** Phone numbers, one per row, being normalised by the helper ahead of the conversion. */
export interface NumbersAhead {
  readonly defaultCountry: CountryCode;
  /** The next rows' numbers, as typed ('' for none), in row order. */
  add(numbers: readonly string[]): void;
  /**
   * The answer for the number sent at `index` (the row's, in the order the numbers were
   * added), if it is in and the number is `typed`; undefined otherwise, and for rows without a
   * number.
   */
  known(typed: string, index: number): PhoneNumberResult | undefined;
  /**
   * Resolves once the numbers of the first `count` rows are known, the helper gave up (the
   * caller normalises what is not known) or `signal` aborted. Until then the numbers are
   * normalised here too, from the last one sent backwards, while the helper goes forwards:
   * the two meet wherever their speeds put them, so neither waits long for the other on any
   * machine, and the helper is stopped there.
   */
  ready(count: number, signal?: AbortSignal): Promise<void>;
  /** The helper can stop: the answers are no longer needed. */
  stop(): void;
}

export interface PhoneNumberHelper {
  /** Starts a request; its numbers follow through `add`. */
  normalizeAhead(defaultCountry: CountryCode): NumbersAhead;
}

/** The import worker's side of the channel to the helper. */
export function connectPhoneNumberHelper(port: HelperPort): PhoneNumberHelper {
  const listeners = new Map<number, (response: PhoneHelperResponse) => void>();
  let nextRequestId = 1;
  port.onmessage = (event: MessageEvent) => {
    const response = event.data as PhoneHelperResponse;
    listeners.get(response.requestId)?.(response);
  };

  return {
    normalizeAhead(defaultCountry) {
      const requestId = nextRequestId++;
      const sent: string[] = [];
      // By index rather than by number: looking 100k numbers up by index costs next to nothing.
      // The helper's valid numbers stay as the strings it sent until asked for: a result object
      // made per number here would live (and be copied by the collector) until the conversion
      // ends, where one made when asked is gone with the row.
      const validE164: string[] = [];
      const validCountries: string[] = [];
      /** The rest: numbers normalised here, and why the helper found others not valid. */
      const answers: Array<PhoneNumberResult | undefined> = [];
      /** The helper's answers cover the numbers before this index. */
      let answered = 0;
      /** Normalised here, from the end: the numbers from ownFrom up to ownTo. */
      let ownFrom = 0;
      let ownTo = 0;
      let gaveUp = false;
      const giveUp = () => {
        listeners.delete(requestId);
        gaveUp = true;
      };
      const stop = () => {
        if (gaveUp) return;
        port.postMessage({ type: 'stop', requestId } satisfies PhoneHelperRequest);
        giveUp();
      };
      const isKnown = (count: number) => {
        const needed = Math.min(count, sent.length);
        return answered >= needed || (ownTo > ownFrom && answered >= ownFrom && needed <= ownTo);
      };
      // Numbers the helper's next answer is likely to cover are left to it.
      const normalizeFromTheEnd = () => {
        if (ownTo === ownFrom) ownFrom = ownTo = sent.length;
        const from = Math.max(answered, ownFrom - NUMBERS_FROM_THE_END);
        for (let index = ownFrom - 1; index >= from; index--) {
          const typed = sent[index] ?? '';
          answers[index] = normalizePhoneNumber(typed, defaultCountry);
        }
        ownFrom = from;
      };

      listeners.set(requestId, (response) => {
        if (response.type === 'failed') {
          giveUp();
          return;
        }
        response.e164.forEach((e164, index) => {
          validE164[response.from + index] = e164;
          validCountries[response.from + index] = response.countries[index] ?? '';
        });
        for (const { at, problem } of response.problems) answers[response.from + at] = problem;
        answered = response.from + response.e164.length;
      });

      return {
        defaultCountry,
        add: (numbers) => {
          if (gaveUp || numbers.length === 0) return;
          for (const typed of numbers) sent.push(typed);
          port.postMessage({
            type: 'normalize',
            requestId,
            defaultCountry,
            numbers: [...numbers],
          } satisfies PhoneHelperRequest);
        },
        known: (typed, index) => {
          if (sent[index] !== typed) return undefined;
          const e164 = validE164[index];
          if (e164 === undefined || e164 === '') return answers[index];
          const country = validCountries[index];
          return { ok: true, e164, country: country ? (country as CountryCode) : undefined };
        },
        ready: async (count, signal) => {
          while (!gaveUp && !signal?.aborted && !isKnown(count)) {
            normalizeFromTheEnd();
            // Lets the helper's answers in.
            await yieldToEventLoop();
          }
          // Where the two met, everything sent is known; the helper can stop.
          if (ownTo === sent.length && ownTo > ownFrom && answered >= ownFrom) stop();
        },
        stop,
      };
    },
  };
}
