/** What the user typed for the estimate, kept as typed so a half-typed number is not lost. */
export interface EstimateTexts {
  concurrency: string;
  averageMinutes: string;
  costPerMinute: string;
}

export interface EstimateInputs {
  /** Simultaneous calls per batch; null lets ElevenLabs decide. */
  concurrency: number | null;
  averageCallSeconds: number;
  costPerMinute: number | null;
}

/** The fields that cannot be read; the form says what each should hold. */
export type EstimateProblems = Partial<Record<keyof EstimateTexts, true>>;

export const DEFAULT_ESTIMATE_TEXTS: EstimateTexts = {
  concurrency: '',
  averageMinutes: '2',
  costPerMinute: '',
};

// The limits of the launchCampaign contract.
const MIN_CALL_SECONDS = 5;
const MAX_CALL_SECONDS = 7200;
export const MAX_CONCURRENCY = 1000;

/** Polish and Italian keyboards type 0,15 for 0.15. */
function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^\d*\.?\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The numbers, or what is wrong with each field that cannot be read. */
export function readEstimateInputs(texts: EstimateTexts): {
  inputs: EstimateInputs | null;
  problems: EstimateProblems;
} {
  const problems: EstimateProblems = {};

  let concurrency: number | null = null;
  if (texts.concurrency.trim() !== '') {
    const value = readNumber(texts.concurrency);
    if (value === null || !Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
      problems.concurrency = true;
    } else {
      concurrency = value;
    }
  }

  const minutes = readNumber(texts.averageMinutes);
  const averageCallSeconds = minutes === null ? null : Math.round(minutes * 60);
  if (
    averageCallSeconds === null ||
    averageCallSeconds < MIN_CALL_SECONDS ||
    averageCallSeconds > MAX_CALL_SECONDS
  ) {
    problems.averageMinutes = true;
  }

  let costPerMinute: number | null = null;
  if (texts.costPerMinute.trim() !== '') {
    costPerMinute = readNumber(texts.costPerMinute);
    if (costPerMinute === null) problems.costPerMinute = true;
  }

  if (Object.keys(problems).length > 0 || averageCallSeconds === null) {
    return { inputs: null, problems };
  }
  return { inputs: { concurrency, averageCallSeconds, costPerMinute }, problems };
}
