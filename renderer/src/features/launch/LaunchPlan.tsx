import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRequest } from '../../../../shared/domain/launch';
import type {
  LaunchPlan as Plan,
  UnschedulableRecipient,
} from '../../../../shared/domain/scheduling';
import { useFormat } from '../../i18n/format';
import { EstimateFields } from './EstimateFields';
import type { EstimateProblems } from './estimate-inputs';
import { useDescribeBatchStart } from './launch-format';
import { useLaunchSentences } from './launch-sentences';
import type { LaunchPreparation } from './prepare-launch';

function BatchTable(props: { batches: readonly BatchRequest[]; plan: Plan | null }) {
  const { t } = useTranslation('launch');
  const format = useFormat();
  const describeBatchStart = useDescribeBatchStart();
  const windows = new Map(props.plan?.batches.map((batch) => [batch.key, batch.localWindow]));
  return (
    <table className="table" aria-label={t('plan.batchesLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('plan.batch')}</th>
          <th scope="col">{t('plan.starts')}</th>
          <th scope="col">{t('plan.callingHours')}</th>
          <th scope="col">{t('plan.people')}</th>
        </tr>
      </thead>
      <tbody>
        {props.batches.map((batch) => (
          <tr key={batch.batchKey}>
            <td>{batch.position}</td>
            <td>{describeBatchStart(batch)}</td>
            <td>{windows.get(batch.batchKey) ?? '—'}</td>
            <td>{format.number(batch.recipientIds.length)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PlanWarnings(props: { plan: Plan }) {
  const { t } = useTranslation('launch');
  const sentences = useLaunchSentences();
  const { warnings, unschedulable } = props.plan;
  // One line per distinct reason, with how many people it keeps from being called.
  const byReason = new Map<string, { entry: UnschedulableRecipient; count: number }>();
  for (const entry of unschedulable) {
    const seen = byReason.get(entry.reason);
    byReason.set(entry.reason, { entry, count: (seen?.count ?? 0) + 1 });
  }
  if (warnings.length === 0 && byReason.size === 0) return null;
  return (
    <div
      className="notice notice--warning notice--block"
      role="region"
      aria-label={t('plan.warningsLabel')}
    >
      <ul className="problem-list">
        {warnings.map((warning, index) => (
          <li key={index}>{sentences.warning(warning)}</li>
        ))}
        {[...byReason].map(([reason, { entry, count }]) => (
          <li key={reason}>
            {t('plan.unschedulable', { count, reason: sentences.unschedulable(entry) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function When(props: { batches: readonly BatchRequest[]; plan: Plan | null }) {
  const { t } = useTranslation('launch');
  const describeBatchStart = useDescribeBatchStart();
  const { batches, plan } = props;
  const first = batches[0];
  if (!first) return <p className="muted">{t('plan.nobody')}</p>;
  if (plan === null) {
    return first.startUnixSeconds === null ? (
      <p>{t('plan.startsOnConfirm')}</p>
    ) : (
      <p>{t('plan.startsAt', { start: describeBatchStart(first) })}</p>
    );
  }
  return (
    <>
      <p>{t('plan.batches', { count: batches.length })}</p>
      <BatchTable batches={batches} plan={plan} />
    </>
  );
}

/** Step 4: when the calls go out, how long they take and what they cost. */
export function LaunchPlan(props: {
  preparation: LaunchPreparation | null;
  problems: EstimateProblems;
}) {
  const { t } = useTranslation('launch');
  const format = useFormat();
  const sentences = useLaunchSentences();
  const headingId = useId();
  const { preparation } = props;
  const doNotCall = preparation?.ok ? (preparation.summary.skippedByReason.do_not_call ?? 0) : 0;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.heading')}</h2>
      <EstimateFields problems={props.problems} />
      {preparation === null ? (
        <p className="muted">{t('plan.fixNumbers')}</p>
      ) : !preparation.ok ? (
        <div className="notice notice--warning" role="alert">
          <span className="notice__text">{t(`prepare.${preparation.problem}`)}</span>
        </div>
      ) : (
        <>
          <h3 className="launch-subheading">{t('plan.when')}</h3>
          <When batches={preparation.requests.batches} plan={preparation.plan} />
          {preparation.plan ? <PlanWarnings plan={preparation.plan} /> : null}
          <h3 className="launch-subheading">{t('plan.estimate')}</h3>
          <div className="launch-estimate" aria-label={t('plan.estimate')}>
            {sentences.summary(preparation.summary).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {preparation.summary.expectedFinishUnixSeconds !== null ? (
              <p>
                {t('plan.finish', {
                  time: format.dateTime(preparation.summary.expectedFinishUnixSeconds * 1000),
                })}
              </p>
            ) : null}
            <p className="launch-estimate__dnc">
              {doNotCall > 0 ? t('plan.doNotCall', { count: doNotCall }) : t('plan.doNotCallNone')}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
