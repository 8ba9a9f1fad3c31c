import type { LaunchEstimate, LaunchEstimateInput } from './types';

// These numbers come from forms the contract has already parsed, so a bad one is a bug in the
// caller; failing loudly beats planning a campaign around NaN.
export function assertLaunchNumbers(concurrency: number, averageCallSeconds: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  if (!Number.isFinite(averageCallSeconds) || averageCallSeconds < 0) {
    throw new RangeError(`averageCallSeconds must be 0 or more, got ${averageCallSeconds}`);
  }
}

/** Calls go out in rounds of `concurrency`; a round lasts one average call. */
export function roundsDurationSeconds(
  calls: number,
  concurrency: number,
  averageCallSeconds: number,
): number {
  return Math.ceil(calls / concurrency) * averageCallSeconds;
}

export function estimateLaunch(input: LaunchEstimateInput): LaunchEstimate {
  const { calls, concurrency, averageCallSeconds, costPerMinute } = input;
  if (!Number.isInteger(calls) || calls < 0) {
    throw new RangeError(`calls must be a whole number of 0 or more, got ${calls}`);
  }
  assertLaunchNumbers(concurrency, averageCallSeconds);
  const totalCallMinutes = (calls * averageCallSeconds) / 60;
  const estimate: LaunchEstimate = {
    calls,
    expectedDurationSeconds: roundsDurationSeconds(calls, concurrency, averageCallSeconds),
    totalCallMinutes,
  };
  if (costPerMinute !== undefined) {
    if (!Number.isFinite(costPerMinute) || costPerMinute < 0) {
      throw new RangeError(`costPerMinute must be 0 or more, got ${costPerMinute}`);
    }
    estimate.expectedCost = totalCallMinutes * costPerMinute;
  }
  return estimate;
}
