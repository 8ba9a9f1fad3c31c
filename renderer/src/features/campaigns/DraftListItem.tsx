import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { DraftSummary } from '../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../app/navigation-store';
import { describeError } from '../../i18n/describe-error';
import { TimeAgo } from '../../ui/TimeAgo';
import { useDraftList } from './drafts-store';

/**
 * Renames in place: Enter or leaving the field saves, Escape cancels. `onRename` resolves to
 * the problem to show under the field, or null once renamed. Campaigns and tasks use it alike.
 */
export function RenameField(props: {
  name: string;
  onRename: (name: string) => Promise<AppErrorShape | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const { t: tErrors } = useTranslation('errors');
  const [name, setName] = useState(props.name);
  const [problem, setProblem] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    if (busy) return;
    if (name.trim() === props.name) {
      props.onDone();
      return;
    }
    setBusy(true);
    const error = await props.onRename(name);
    setBusy(false);
    if (error) setProblem(error);
    else props.onDone();
  };

  return (
    <div className="draft-item__rename">
      <input
        className="input"
        aria-label={t('rename.label', { name: props.name })}
        aria-invalid={problem ? true : undefined}
        value={name}
        // The field appears because the user asked to rename; typing should start at once.
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
          if (event.key === 'Escape') props.onDone();
        }}
      />
      {problem ? <p className="field-problem">{describeError(problem, tErrors)}</p> : null}
      <p className="hint">{t('rename.hint')}</p>
    </div>
  );
}

/** One campaign in the list, with its actions; the name renames in place. */
export function DraftListItem(props: { draft: DraftSummary; onDeleted: () => void }) {
  const { t } = useTranslation(['campaigns', 'common']);
  const { draft } = props;
  const openDraft = useNavigation((state) => state.openDraft);
  const rename = useDraftList((state) => state.rename);
  const duplicate = useDraftList((state) => state.duplicate);
  const remove = useDraftList((state) => state.remove);
  const [renaming, setRenaming] = useState(false);

  return (
    <li className="draft-item" data-draft-id={draft.id}>
      <div className="draft-item__main">
        {renaming ? (
          <RenameField
            name={draft.name}
            onRename={(name) => rename(draft.id, name)}
            onDone={() => setRenaming(false)}
          />
        ) : (
          <h3 className="draft-item__title">
            <button type="button" className="draft-item__open" onClick={() => openDraft(draft.id)}>
              {draft.name}
            </button>
            {draft.launched ? <span className="badge">{t('list.launched')}</span> : null}
          </h3>
        )}
        <p className="draft-item__meta">
          <TimeAgo at={draft.updatedAt} prefix={t('list.edited')} />
        </p>
        <p className="draft-item__meta">
          {t('list.recipients', { count: draft.recipientCount })} ·{' '}
          {draft.agentName ? t('list.agent', { name: draft.agentName }) : t('list.noAgent')}
        </p>
      </div>
      <div className="draft-item__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.renameLabel', { name: draft.name })}
          disabled={renaming || draft.launched}
          title={draft.launched ? t('list.launchedKeepsName') : undefined}
          onClick={() => setRenaming(true)}
        >
          {t('list.rename')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.duplicateLabel', { name: draft.name })}
          onClick={() => void duplicate(draft.id)}
        >
          {t('list.duplicate')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('list.deleteLabel', { name: draft.name })}
          onClick={() => {
            props.onDeleted();
            void remove(draft);
          }}
        >
          {t('common:actions.delete')}
        </button>
      </div>
    </li>
  );
}
