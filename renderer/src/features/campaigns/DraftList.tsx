import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../../shared/domain/drafts/draft';
import { useNavigation } from '../../app/navigation-store';
import { RecordList } from '../../ui/record-list/RecordList';
import { TimeAgo } from '../../ui/TimeAgo';
import { useDraftList } from './drafts-store';

function DraftDetails(props: { draft: DraftSummary }) {
  const { t } = useTranslation('campaigns');
  const { draft } = props;
  return (
    <>
      <p className="draft-item__meta">
        <TimeAgo at={draft.updatedAt} prefix={t('list.edited')} />
      </p>
      <p className="draft-item__meta">
        {t('list.recipients', { count: draft.recipientCount })} ·{' '}
        {draft.agentName ? t('list.agent', { name: draft.agentName }) : t('list.noAgent')}
      </p>
    </>
  );
}

export function DraftList(props: { drafts: readonly DraftSummary[] }) {
  const { t } = useTranslation('campaigns');
  const openDraft = useNavigation((state) => state.openDraft);
  return (
    <RecordList
      records={props.drafts}
      store={useDraftList}
      label={t('list.label')}
      kind="draft"
      onOpen={openDraft}
      nameLocked={(draft) => (draft.launched ? t('list.launchedKeepsName') : undefined)}
      renderBadge={(draft) =>
        draft.launched ? <span className="badge">{t('list.launched')}</span> : null
      }
      renderDetails={(draft) => <DraftDetails draft={draft} />}
    />
  );
}
