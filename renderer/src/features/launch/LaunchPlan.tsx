import { useId } from 'react';
import { describeLaunch, type BatchRequest } from '../../../../shared/domain/launch';
import type { LaunchPlan as Plan } from '../../../../shared/domain/scheduling';
import { formatUnixTime, number, people } from '../monitor/monitor-format';
import { EstimateFields } from './EstimateFields';
import type { EstimateProblems } from './estimate-inputs';
import { describeBatchStart } from './launch-format';
import type { LaunchPreparation } from './prepare-launch';

function BatchTable(props: { batches: readonly BatchRequest[]; plan: Plan | null }) {
  const windows = new Map(props.plan?.batches.map((batch) => [batch.key, batch.localWindow]));
  return (
    <table className="table" aria-label="Batches of calls">
      <thead>
        <tr>
          <th scope="col">Batch</th>
          <th scope="col">Starts (local time)</th>
          <th scope="col">Calling hours</th>
          <th scope="col">People</th>
        </tr>
      </thead>
      <tbody>
        {props.batches.map((batch) => (
          <tr key={batch.batchKey}>
            <td>{batch.position}</td>
            <td>{describeBatchStart(batch)}</td>
            <td>{windows.get(batch.batchKey) ?? '—'}</td>
            <td>{number.format(batch.recipientIds.length)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlanWarnings(props: { plan: Plan }) {
  const { warnings, unschedulable } = props.plan;
  const byReason = new Map<string, number>();
  for (const entry of unschedulable) {
    byReason.set(entry.reason, (byReason.get(entry.reason) ?? 0) + 1);
  }
  if (warnings.length === 0 && byReason.size === 0) return null;
  return (
    <div className="notice notice--warning notice--block" role="region" aria-label="Plan warnings">
      <ul className="problem-list">
        {warnings.map((warning, index) => (
          <li key={index}>{warning.message}</li>
        ))}
        {[...byReason].map(([reason, count]) => (
          <li key={reason}>
            {people(count)} can’t be called inside their calling hours: {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

function When(props: { batches: readonly BatchRequest[]; plan: Plan | null }) {
  const { batches, plan } = props;
  const first = batches[0];
  if (!first) return <p className="muted">Nobody would be called: see the notes below.</p>;
  if (plan === null) {
    return first.startUnixSeconds === null ? (
      <p>Calls start as soon as you confirm the launch.</p>
    ) : (
      <p>Calls start {describeBatchStart(first)}.</p>
    );
  }
  return (
    <>
      <p>
        Calls go out in {batches.length === 1 ? 'one batch' : `${batches.length} batches`}, each
        inside the calling hours of the people in it:
      </p>
      <BatchTable batches={batches} plan={plan} />
    </>
  );
}

/** Step 4: when the calls go out, how long they take and what they cost. */
export function LaunchPlan(props: {
  preparation: LaunchPreparation | null;
  problems: EstimateProblems;
}) {
  const headingId = useId();
  const { preparation } = props;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>4. When, how long and how much</h2>
      <EstimateFields problems={props.problems} />
      {preparation === null ? (
        <p className="muted">Fix the numbers above to see the plan.</p>
      ) : !preparation.ok ? (
        <div className="notice notice--warning" role="alert">
          <span className="notice__text">{preparation.message}</span>
        </div>
      ) : (
        <>
          <h3 className="launch-subheading">When</h3>
          <When batches={preparation.requests.batches} plan={preparation.plan} />
          {preparation.plan ? <PlanWarnings plan={preparation.plan} /> : null}
          <h3 className="launch-subheading">Estimate</h3>
          <div className="launch-estimate" aria-label="Estimate">
            {describeLaunch(preparation.summary).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {preparation.summary.expectedFinishUnixSeconds !== null ? (
              <p>
                Expected to finish around{' '}
                {formatUnixTime(preparation.summary.expectedFinishUnixSeconds)} (your time).
              </p>
            ) : null}
            <p className="launch-estimate__dnc">
              Do-not-call list:{' '}
              {preparation.summary.skippedByReason.do_not_call
                ? `${people(preparation.summary.skippedByReason.do_not_call)} left out.`
                : 'nobody in this campaign is on it.'}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
