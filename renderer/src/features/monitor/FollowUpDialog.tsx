import type { TFunction } from 'i18next';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { DraftNameSchema, DRAFT_NAME_MAX } from '../../../../shared/domain/drafts/draft';
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
import { answerText, fieldLabel } from './monitor-format';
import { useCampaignRows } from './use-campaign-rows';

type ChoiceId = 'unreached' | 'callback' | 'unsuccessful' | 'answer';

interface Preset {
  id: Exclude<ChoiceId, 'answer'>;
  filter: FollowUpFilter;
}

const PRESETS: readonly Preset[] = [
  { id: 'unreached', filter: { statuses: ['voicemail', 'failed'] } },
  { id: 'callback', filter: { dataField: { id: 'wants_callback', equals: 'true' } } },
  { id: 'unsuccessful', filter: { callSuccessful: ['failure'] } },
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

/** An empty name is fine here: the new campaign is then named after this one. */
function nameProblem(text: string, t: TFunction<'monitor'>): string | undefined {
  if (text.trim() === '') return undefined;
  return DraftNameSchema.safeParse(text).success
    ? undefined
    : t('followUp.nameTooLong', { max: DRAFT_NAME_MAX });
}

/** The new campaign's name when none is typed: this one's, marked as a follow-up. */
function defaultName(campaignName: string, t: TFunction<'monitor'>): string {
  const room = DRAFT_NAME_MAX - t('followUp.defaultName', { name: '' }).length;
  return t('followUp.defaultName', { name: campaignName.slice(0, room).trimEnd() });
}

function AnswerFilter(props: {
  answers: ReadonlyMap<string, ReadonlySet<string>>;
  field: string;
  value: string;
  onChange: (field: string, value: string) => void;
}) {
  const { t } = useTranslation('monitor');
  const listId = useId();
  const fields = [...props.answers.keys()];
  if (fields.length === 0) {
    return <p className="hint">{t('followUp.noAnswers')}</p>;
  }
  return (
    <div className="follow-up__answer">
      <label className="field-label">
        {t('followUp.question')}
        <select
          className="input"
          value={props.field}
          onChange={(event) => props.onChange(event.target.value, props.value)}
        >
          <option value="">{t('followUp.choose')}</option>
          {fields.map((id) => (
            <option key={id} value={id}>
              {fieldLabel(id)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-label">
        {t('followUp.answerIs')}
        <input
          className="input"
          list={listId}
          value={props.value}
          onChange={(event) => props.onChange(props.field, event.target.value)}
        />
        <datalist id={listId}>
          {[...(props.answers.get(props.field) ?? [])].map((value) => (
            <option key={value} value={value} label={answerText(value, t)} />
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
  const { t } = useTranslation(['monitor', 'common']);
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
  const problem = nameProblem(name, t);

  const create = async () => {
    if (!filter || busy || problem) return;
    setBusy(true);
    setError(null);
    try {
      const draft = await request('createFollowUpDraft', {
        draftId: campaign.draftId,
        filter,
        name: name.trim() || defaultName(campaign.name, t),
      });
      showToast(t('followUp.made', { name: draft.name, count: draft.recipientCount }));
      openDraft(draft.id);
    } catch (reason) {
      setError(toAppError(reason));
      setBusy(false);
    }
  };

  const countText = (id: ChoiceId) => {
    const matching = countOf(id);
    return matching === null ? '' : t('people', { count: matching });
  };

  const answerCount = countText('answer');

  return (
    <Dialog
      title={t('followUp.title')}
      size="large"
      busy={busy}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" disabled={busy} onClick={props.onClose}>
            {t('followUp.back')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy || !filter || !count || problem !== undefined}
            onClick={() => void create()}
          >
            {busy ? t('followUp.creating') : t('followUp.create', { count: count ?? 0 })}
          </button>
        </>
      }
    >
      <p>{t('followUp.intro', { name: campaign.name })}</p>
      <ErrorNotice error={loadError} onRetry={retry} />
      {rows === null && !loadError ? (
        <p className="muted" role="status">
          {t('followUp.counting')}
        </p>
      ) : null}
      <fieldset className="choice-group">
        <legend className="field-label">{t('followUp.who')}</legend>
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
                {t(`followUp.presets.${preset.id}.label`)}{' '}
                <span className="follow-up__count">{countText(preset.id)}</span>
              </span>
              <span className="choice__hint">{t(`followUp.presets.${preset.id}.hint`)}</span>
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
              {t('followUp.byAnswer')} <span className="follow-up__count">{answerCount}</span>
            </span>
            <span className="choice__hint">{t('followUp.byAnswerHint')}</span>
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
        {t('followUp.name')}
      </label>
      <input
        id={`${groupName}-name`}
        className="input"
        value={name}
        placeholder={defaultName(campaign.name, t)}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      {problem ? <p className="field-problem">{problem}</p> : null}
      {rows !== null && count === 0 ? (
        <p className="hint" role="status">
          {t('followUp.nobody')}
        </p>
      ) : null}
      <ErrorNotice error={error} />
    </Dialog>
  );
}
