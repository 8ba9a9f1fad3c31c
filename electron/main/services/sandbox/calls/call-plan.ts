// How a call will go, decided when it is dialled: from the test's script when there is one,
// otherwise from a hash of the number, so the same list of people gives the same mix of
// results on every run (and a retry can turn out differently from the first attempt).
import { fnv1a, SeededChoice } from '../hash';
import type { DataValue, ScriptedOutcome } from './outcome-script';

export type CallKind =
  'success' | 'declined' | 'unclear' | 'voicemail' | 'no_answer' | 'busy' | 'error';

/** The outcomes in which someone (or a voicemail box) picked up. */
export type AnsweredKind = 'success' | 'declined' | 'unclear' | 'voicemail';

export type CallVerdict = 'success' | 'failure' | 'unknown';

export interface CallPlan {
  kind: CallKind;
  /** From dialling until the callee answers or the provider gives up. */
  ringMs: number;
  /** Time spent talking once answered; 0 when never answered. */
  talkMs: number;
  verdict: CallVerdict;
  /** Whether audio is kept (answered calls only). */
  recorded: boolean;
  /** Seeds the wording, so content varies per person but not per run. */
  seed: number;
  summary?: string;
  dataCollection?: Record<string, DataValue>;
}

const ANSWERED: readonly CallKind[] = ['success', 'declined', 'unclear', 'voicemail'];

export function isAnswered(kind: CallKind): kind is AnsweredKind {
  return ANSWERED.includes(kind);
}

/** Cumulative percentages of the default mix; about 60% book or confirm. */
const DEFAULT_MIX: readonly (readonly [number, CallKind])[] = [
  [60, 'success'],
  [72, 'declined'],
  [78, 'unclear'],
  [88, 'voicemail'],
  [97, 'no_answer'],
  [100, 'busy'],
];

function defaultKind(hash: number): CallKind {
  const bucket = hash % 100;
  return DEFAULT_MIX.find(([upTo]) => bucket < upTo)?.[1] ?? 'success';
}

function defaultVerdict(kind: CallKind): CallVerdict {
  switch (kind) {
    case 'success':
      return 'success';
    case 'declined':
    case 'voicemail':
      return 'failure';
    default:
      return 'unknown';
  }
}

function scriptedKind(script: ScriptedOutcome, fallback: CallKind): CallKind {
  if (script.voicemail === true || script.status === 'voicemail') return 'voicemail';
  if (script.status === 'failed') return script.failure ?? 'no_answer';
  if (script.status === 'completed' || script.callSuccessful !== undefined) {
    switch (script.callSuccessful) {
      case 'failure':
        return 'declined';
      case 'unknown':
        return 'unclear';
      default:
        return 'success';
    }
  }
  return fallback;
}

// Paced so a call in real time ends 9–20 s after it is dialled: alive enough to watch,
// short enough to wait for.
function durations(kind: CallKind, choice: SeededChoice): { ringMs: number; talkMs: number } {
  switch (kind) {
    case 'no_answer':
      return { ringMs: choice.int(8, 12) * 1000, talkMs: 0 };
    case 'busy':
      return { ringMs: 1000, talkMs: 0 };
    case 'error':
      return { ringMs: 500, talkMs: 0 };
    case 'voicemail':
      return { ringMs: choice.int(4, 6) * 1000, talkMs: choice.int(5, 8) * 1000 };
    default:
      return { ringMs: choice.int(2, 5) * 1000, talkMs: choice.int(6, 14) * 1000 };
  }
}

/** @param attempt 0 for the first call to this number in a batch, 1 after a retry, … */
export function planCall(
  phoneNumber: string,
  attempt: number,
  script: ScriptedOutcome | undefined,
): CallPlan {
  const hash = fnv1a(attempt === 0 ? phoneNumber : `${phoneNumber}#${attempt}`);
  const fallback = defaultKind(hash);
  const kind = script ? scriptedKind(script, fallback) : fallback;
  const timing = durations(kind, new SeededChoice(hash));
  const talkMs =
    script?.durationSecs !== undefined && isAnswered(kind)
      ? Math.round(script.durationSecs * 1000)
      : timing.talkMs;
  return {
    kind,
    ringMs: timing.ringMs,
    talkMs,
    verdict: script?.callSuccessful ?? defaultVerdict(kind),
    recorded: isAnswered(kind) && script?.recording !== false,
    seed: hash,
    ...(script?.summary !== undefined ? { summary: script.summary } : {}),
    ...(script?.dataCollection !== undefined ? { dataCollection: script.dataCollection } : {}),
  };
}
