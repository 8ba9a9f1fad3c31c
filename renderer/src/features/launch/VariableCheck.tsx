import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisallowedOverride } from '../../../../shared/domain/launch';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useRecipients } from '../recipients/recipient-store-context';
import { useLaunchSentences } from './launch-sentences';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';
import { MissingValuesList } from './MissingValuesList';
import type { VariableReview } from './use-launch-review';
import { VariableTable } from './VariableTable';

function DisallowedOverrides(props: { overrides: readonly DisallowedOverride[] }) {
  const { t } = useTranslation('launch');
  const sentences = useLaunchSentences();
  if (props.overrides.length === 0) return null;
  return (
    <div
      className="notice notice--error notice--block"
      role="region"
      aria-label={t('disallowed.label')}
    >
      <p className="notice__text">{t('disallowed.intro')}</p>
      <ul className="problem-list">
        {props.overrides.map((override) => (
          <li key={override.override}>{sentences.disallowed(override)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Step 1: every value the agent needs, where it comes from, and who still lacks one. */
export function VariableCheck(props: {
  review: VariableReview;
  agentName: string;
  onShowRecipient: (id: string) => void;
}) {
  const draftId = useDraft((state) => state.id);
  const excludedIds = useDraftLaunch(draftId, (state) => state.excludedIds);
  const recipientCount = useRecipients((state) => state.recipients.length);
  const headingId = useId();
  const { t } = useTranslation('launch');
  const { review } = props;

  const exclude = (ids: readonly string[]) =>
    updateDraftLaunch(draftId, (state) => ({
      excludedIds: new Set([...state.excludedIds, ...ids]),
    }));
  const include = (ids: readonly string[]) =>
    updateDraftLaunch(draftId, (state) => {
      const next = new Set(state.excludedIds);
      for (const id of ids) next.delete(id);
      return { excludedIds: next };
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('variables.heading')}</h2>
      <p className="muted">{t('variables.intro', { agent: props.agentName })}</p>
      <VariableTable
        sources={review.sources}
        fields={review.fields}
        suggestions={review.suggestions}
        recipientCount={recipientCount}
      />
      {recipientCount > 0 ? (
        <MissingValuesList
          missing={review.missing}
          excludedIds={excludedIds}
          onFix={props.onShowRecipient}
          onExclude={exclude}
          onInclude={include}
        />
      ) : (
        <p className="muted">{t('blockers.noRecipients')}</p>
      )}
      <DisallowedOverrides overrides={review.disallowed} />
    </section>
  );
}
