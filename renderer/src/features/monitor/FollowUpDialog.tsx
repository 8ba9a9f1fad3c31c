import { useId, useMemo, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract';
import { DraftNameSchema } from '../../../../shared/domain/drafts/draft';
import {
  followUpRecipients,
  type BatchView,
  type CampaignRef,
  type CampaignResultRow,
  type FollowUpFilter,
} from '../../../../shared/domain/results';
import { request, toAppError } from '../../api/callsheet';
import { useNavigation } from '../../app/navigation-store';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showToast } from '../../ui/toast-store';
import { answerText, fieldLabel, people } from './monitor-format';
import { useCampaignRows } from './use-campaign-rows';

type ChoiceId = 'unreached' | 'callback' | 'unsuccessful' | 'answer';

interface Preset {
  id: Exclude<ChoiceId, 'answer'>;
  label: string;
  hint: string;
  filter: FollowUpFilter;
}

const PRESETS: readonly Preset[] = [
  {
    id: 'unreached',
    label: 'Voicemail and no answer',
    hint: 'Nobody picked up, or a voicemail box did.',
    filter: { statuses: ['voicemail', 'failed'] },
  },
  {
    id: 'callback',
    label: 'Asked for a callback',
    hint: 'They asked to be called at another time.',
    filter: { dataField: { id: 'wants_callback', equals: 'true' } },
  },
  {
    id: 'unsuccessful',
    label: 'Call not successful',
    hint: 'They answered, but the call did not reach its goal.',
    filter: { callSuccessful: ['failure'] },
  },
];

/** Each data collection field seen in the results, with the answers given to it. */
function collectedAnswers(rows: readonly CampaignResultRow[]): Map<string, Set<string>> {
  const answers = new Map<string, Set<string>>();
  for (const { call } of rows) {
    for (const [id, value] of Object.entries(call?.result?.dataCollection ?? {})) {
      const seen = answers.get(id) ?? new Set<string>();
      if (value.trim() !== '') seen.add(value.trim());
      answers.set(id, seen);
    }
  }
  return answers;
}

function nameProblem(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const parsed = DraftNameSchema.safeParse(text);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

function AnswerFilter(props: {
  answers: ReadonlyMap<string, ReadonlySet<string>>;
  field: string;
  value: string;
  onChange: (field: string, value: string) => void;
}) {
  const listId = useId();
  const fields = [...props.answers.keys()];
  if (fields.length === 0) {
    return <p className="hint">No answers have been collected on these calls yet.</p>;
  }
  return (
    <div className="follow-up__answer">
      <label className="field-label">
        Question
        <select
          className="input"
          value={props.field}
          onChange={(event) => props.onChange(event.target.value, props.value)}
        >
          <option value="">Choose…</option>
          {fields.map((id) => (
            <option key={id} value={id}>
              {fieldLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-label">
        Answer is
        <input
          className="input"
          list={listId}
          value={props.value}
          onChange={(event) => props.onChange(props.field, event.target.value)}
        />
        <datalist id={listId}>
          {[...(props.answers.get(props.field) ?? [])].map((value) => (
            <option key={value} value={value} label={answerText(value)} />
          ))}
        </datalist>
      </label>
    </div>
  );
}

/**
 * A new draft with some of the campaign's people, picked by how their call went; it opens in
 * Campaigns to be checked and launched like any other.
 */
export function FollowUpDialog(props: {
  campaign: CampaignRef;
  view: BatchView;
  onClose: () => void;
}) {
  const { campaign } = props;
  const { rows, error: loadError, retry } = useCampaignRows(campaign.draftId, props.view);
  const openDraft = useNavigation((state) => state.openDraft);
  const [choice, setChoice] = useState<ChoiceId>('unreached');
  const [answer, setAnswer] = useState({ field: '', value: '' });
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const groupName = useId();

  const answers = useMemo(() => collectedAnswers(rows ?? []), [rows]);
  const answerFilter: FollowUpFilter | null =
    answer.field !== '' && answer.value.trim() !== ''
      ? { dataField: { id: answer.field, equals: answer.value } }
      : null;
  const filterOf = (id: ChoiceId): FollowUpFilter | null =>
    id === 'answer' ? answerFilter : (PRESETS.find((preset) => preset.id === id)?.filter ?? null);
  const countOf = (id: ChoiceId): number | null => {
    const filter = filterOf(id);
    return rows && filter ? followUpRecipients(rows, filter).length : null;
  };
  const filter = filterOf(choice);
  const count = countOf(choice);
  const problem = nameProblem(name);

  const create = async () => {
    if (!filter || busy || problem) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await request('createFollowUpDraft', {
        draftId: campaign.draftId,
        filter,
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      showToast(
        `Made “${draft.name}” with ${people(draft.recipientCount)}. Check it, then launch it.`,
      );
      openDraft(draft.id);
    } catch (reason) {
      setError(toAppError(reason));
      setBusy(false);
    }
  };

  const countText = (id: ChoiceId) => {
    const matching = countOf(id);
    return matching === null ? '' : people(matching);
  };

  return (
    <Dialog
      title="Call some people again"
      size="large"
      busy={busy}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" disabled={busy} onClick={props.onClose}>
            Go back
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !filter || !count || problem !== undefined}
            onClick={() => void create()}
          >
            {busy ? 'Creating…' : `Create a campaign with ${people(count ?? 0)}`}
          </button>
        </>
      }
    >
      <p>
        Makes a new draft campaign from “{campaign.name}” with the people you pick, their details
        and values as they were. Nobody is called until you launch it.
      </p>
      <ErrorNotice error={loadError} onRetry={retry} />
      {rows === null && !loadError ? (
        <p className="muted" role="status">
          Counting the results…
        </p>
      ) : null}
      <fieldset className="choice-group">
        <legend className="field-label">Who to call again</legend>
        {PRESETS.map((preset, index) => (
          <label key={preset.id} className="choice">
            <input
              type="radio"
              name={groupName}
              checked={choice === preset.id}
              data-autofocus={index === 0 ? true : undefined}
              onChange={() => setChoice(preset.id)}
            />
            <span>
              <span className="choice__label">
                {preset.label} <span className="follow-up__count">{countText(preset.id)}</span>
              </span>
              <span className="choice__hint">{preset.hint}</span>
            </span>
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name={groupName}
            checked={choice === 'answer'}
            onChange={() => setChoice('answer')}
          />
          <span>
            <span className="choice__label">
              By an answer the agent noted{' '}
              <span className="follow-up__count">{countText('answer')}</span>
            </span>
            <span className="choice__hint">For example “Service” is “manicure”.</span>
          </span>
        </label>
        {choice === 'answer' ? (
          <AnswerFilter
            answers={answers}
            field={answer.field}
            value={answer.value}
            onChange={(field, value) => setAnswer({ field, value })}
          />
        ) : null}
      </fieldset>
      <label className="field-label" htmlFor={`${groupName}-name`}>
        Name of the new campaign
      </label>
      <input
        id={`${groupName}-name`}
        className="input"
        value={name}
        placeholder={`${campaign.name} – follow-up`}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      {problem ? <p className="field-problem">{problem}</p> : null}
      {rows !== null && count === 0 ? (
        <p className="hint" role="status">
          Nobody matches this choice, so there is no one to call again.
        </p>
      ) : null}
      <ErrorNotice error={error} />
    </Dialog>
  );
}
