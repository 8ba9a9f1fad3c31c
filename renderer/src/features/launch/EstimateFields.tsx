import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSUMED_CONCURRENCY } from '../../../../shared/domain/launch';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { MAX_CONCURRENCY, type EstimateProblems, type EstimateTexts } from './estimate-inputs';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';

function NumberField(props: {
  label: string;
  hint: string;
  value: string;
  problem: string | undefined;
  onChange: (text: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <input
        id={id}
        className="input input--narrow"
        inputMode="decimal"
        autoComplete="off"
        value={props.value}
        aria-invalid={props.problem ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.problem ? <p className="field-problem">{props.problem}</p> : null}
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
    </div>
  );
}

/** The pace and price the plan and the estimate are worked out with. */
export function EstimateFields(props: { problems: EstimateProblems }) {
  const { t } = useTranslation('launch');
  const draftId = useDraft((state) => state.id);
  const texts = useDraftLaunch(draftId, (state) => state.estimate);
  const set = (patch: Partial<EstimateTexts>) =>
    updateDraftLaunch(draftId, (state) => ({ estimate: { ...state.estimate, ...patch } }));
  return (
    <div className="estimate-fields">
      <NumberField
        label={t('estimate.concurrency')}
        hint={t('estimate.concurrencyHint', { count: ASSUMED_CONCURRENCY })}
        value={texts.concurrency}
        problem={
          props.problems.concurrency
            ? t('estimate.problems.concurrency', { max: MAX_CONCURRENCY })
            : undefined
        }
        onChange={(concurrency) => set({ concurrency })}
      />
      <NumberField
        label={t('estimate.averageMinutes')}
        hint={t('estimate.averageMinutesHint')}
        value={texts.averageMinutes}
        problem={props.problems.averageMinutes ? t('estimate.problems.averageMinutes') : undefined}
        onChange={(averageMinutes) => set({ averageMinutes })}
      />
      <NumberField
        label={t('estimate.costPerMinute')}
        hint={t('estimate.costPerMinuteHint')}
        value={texts.costPerMinute}
        problem={props.problems.costPerMinute ? t('estimate.problems.costPerMinute') : undefined}
        onChange={(costPerMinute) => set({ costPerMinute })}
      />
    </div>
  );
}
