import type { BatchStart, LaunchPlan, PlannedBatch, PlanSummary } from './types';

function startOf(batch: PlannedBatch): BatchStart {
  return {
    unixSeconds: batch.startUnixSeconds,
    timezone: batch.timezone,
    localStart: batch.localStart,
  };
}

/** The numbers a launch screen shows before the user confirms. */
export function summarizePlan(plan: LaunchPlan): PlanSummary {
  // Plans come from planCallingWindows in start order, but one rebuilt by hand may not be.
  const byStart = [...plan.batches].sort((a, b) => a.startUnixSeconds - b.startUnixSeconds);
  const first = byStart[0];
  const last = byStart[byStart.length - 1];
  const finishes = plan.batches.map(
    (batch) => batch.startUnixSeconds + batch.expectedDurationSeconds,
  );
  return {
    batchCount: plan.batches.length,
    scheduledPeople: plan.batches.reduce((sum, batch) => sum + batch.recipientIds.length, 0),
    unschedulablePeople: plan.unschedulable.length,
    warningCount: plan.warnings.length,
    peoplePerBatch: byStart.map((batch) => ({
      key: batch.key,
      timezone: batch.timezone,
      localStart: batch.localStart,
      localWindow: batch.localWindow,
      people: batch.recipientIds.length,
    })),
    firstStart: first ? startOf(first) : null,
    lastStart: last ? startOf(last) : null,
    expectedFinishUnixSeconds: finishes.length > 0 ? Math.max(...finishes) : null,
  };
}
