import { useId } from 'react';
import type { LaunchRecord } from '../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../app/navigation-store';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useBatchView } from '../monitor/batch-view-store';
import { batchName, formatUnixTime, number, people } from '../monitor/monitor-format';
import { useDraftLaunch, type LaunchOutcome } from './launch-store';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

function SentBatches(props: { outcome: LaunchOutcome }) {
  const { batches, skipped } = props.outcome;
  return (
    <>
      <table className="table" aria-label="Batches sent">
        <thead>
          <tr>
            <th scope="col">Batch</th>
            <th scope="col">Starts</th>
            <th scope="col">Calls</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <td>{batchName(batch.name)}</td>
              <td>
                {formatUnixTime(batch.scheduledAt)}
                {batch.timezone ? <span className="muted"> · {batch.timezone}</span> : null}
              </td>
              <td>{number.format(batch.scheduled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {skipped > 0 ? <p className="muted">{people(skipped)} on the list were not called.</p> : null}
    </>
  );
}

/** After the launch: what was sent, and the way to watch it. */
export function LaunchedSummary(props: { launch: LaunchRecord }) {
  const draftId = useDraft((state) => state.id);
  const outcome = useDraftLaunch(draftId, (state) => state.outcome);
  const go = useNavigation((state) => state.go);
  const headingId = useId();
  const { batchIds, launchedAt } = props.launch;

  const watch = () => {
    // One batch opens straight away; several are easier to follow from the list.
    const [only] = batchIds;
    if (batchIds.length === 1 && only !== undefined) useBatchView.getState().open(only);
    else useBatchView.getState().close();
    go('monitor');
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Launched</h2>
      <p role="status">
        Sent to ElevenLabs on {when.format(launchedAt)}:{' '}
        {batchIds.length === 1 ? 'one batch' : `${batchIds.length} batches`} of calls.
      </p>
      {outcome ? <SentBatches outcome={outcome} /> : null}
      <div className="row">
        <button type="button" className="button button--primary" onClick={watch}>
          Watch it live
        </button>
      </div>
    </section>
  );
}
