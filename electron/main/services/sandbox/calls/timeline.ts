import { isAnswered, type CallPlan } from './call-plan';

/** Sandbox-clock times (ms) at which a call changes state. */
export interface CallTimeline {
  dialledAt: number;
  ringingAt: number;
  answeredAt: number | null;
  endedAt: number;
  /** When analysis is ready; the conversation is `processing` until then. */
  analysedAt: number;
}

export type CallPhase = 'dialling' | 'ringing' | 'talking' | 'processing' | 'ended';

/** Between the API accepting a call and the provider ringing the callee. */
const DIAL_MS = 1000;
/** Transcript analysis after hang-up. */
const ANALYSIS_MS = 2000;

export function timelineFor(plan: CallPlan, dialledAt: number): CallTimeline {
  const ringingAt = dialledAt + DIAL_MS;
  const answeredAt = isAnswered(plan.kind) ? ringingAt + plan.ringMs : null;
  const endedAt = answeredAt === null ? ringingAt + plan.ringMs : answeredAt + plan.talkMs;
  return {
    dialledAt,
    ringingAt,
    answeredAt,
    endedAt,
    analysedAt: answeredAt === null ? endedAt : endedAt + ANALYSIS_MS,
  };
}

export function phaseAt(timeline: CallTimeline, now: number): CallPhase {
  if (now < timeline.ringingAt) return 'dialling';
  if (now < (timeline.answeredAt ?? timeline.endedAt)) return 'ringing';
  if (now < timeline.endedAt) return 'talking';
  if (now < timeline.analysedAt) return 'processing';
  return 'ended';
}

/** The last moment at or before `now` when the call changed state. */
export function lastChangeAt(timeline: CallTimeline, now: number): number {
  const moments = [
    timeline.dialledAt,
    timeline.ringingAt,
    timeline.answeredAt,
    timeline.endedAt,
    timeline.analysedAt,
  ];
  return Math.max(
    timeline.dialledAt,
    ...moments.filter((moment): moment is number => moment !== null && moment <= now),
  );
}
