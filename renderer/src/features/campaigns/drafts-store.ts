import type { DraftProblem, DraftSummary } from '../../../../shared/domain/drafts/draft';
import { request } from '../../api/callsheet';
import { i18next } from '../../i18n/i18n';
import { copySuffix } from '../../ui/record-list/copy-suffix';
import { createRecordListStore } from '../../ui/record-list/create-record-list-store';
import { whenEditorsSaved } from './editor/autosave';

export const useDraftList = createRecordListStore<DraftSummary, DraftProblem>({
  list: async () => {
    // An editor that just closed may still be saving; list what it saved.
    await whenEditorsSaved();
    const { drafts, problems } = await request('listDrafts', {});
    return { records: drafts, problems };
  },
  create: () => request('createDraft', { name: i18next.t('campaigns:list.untitled') }),
  rename: (id, name) => request('renameDraft', { id, name }),
  duplicate: (id) => request('duplicateDraft', { id, copySuffix: copySuffix() }),
  remove: (id) => request('deleteDraft', { id }),
  restore: (id) => request('restoreDraft', { id }),
  copiedText: (name) => i18next.t('campaigns:list.copied', { name }),
  deletedText: (name) => i18next.t('campaigns:list.deleted', { name }),
});
