import { useId } from 'react';
import { useDraft } from '../campaigns/editor/draft-store-context';
import type { EstimateProblems, EstimateTexts } from './estimate-inputs';
import { updateDraftLaunch, useDraftLaunch } from './launch-store';
import { ASSUMED_CONCURRENCY } from './prepare-launch';

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
  const draftId = useDraft((state) => state.id);
  const texts = useDraftLaunch(draftId, (state) => state.estimate);
  const set = (patch: Partial<EstimateTexts>) =>
    updateDraftLaunch(draftId, (state) => ({ estimate: { ...state.estimate, ...patch } }));
  return (
    <div className="estimate-fields">
      <NumberField
        label="Calls at the same time (optional)"
        hint={`Empty lets ElevenLabs decide; the plan assumes ${ASSUMED_CONCURRENCY}.`}
        value={texts.concurrency}
        problem={props.problems.concurrency}
        onChange={(concurrency) => set({ concurrency })}
      />
      <NumberField
        label="Average call length, in minutes"
        hint="Your test calls show how long a call takes."
        value={texts.averageMinutes}
        problem={props.problems.averageMinutes}
        onChange={(averageMinutes) => set({ averageMinutes })}
      />
      <NumberField
        label="Price per call minute (optional)"
        hint="From your ElevenLabs plan, to estimate the cost."
        value={texts.costPerMinute}
        problem={props.problems.costPerMinute}
        onChange={(costPerMinute) => set({ costPerMinute })}
      />
    </div>
  );
}
