import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

export function draftHandlers(
  services: MainServices,
): Pick<
  Handlers,
  | 'listDrafts'
  | 'createDraft'
  | 'getDraft'
  | 'saveDraft'
  | 'stageDraftRecipients'
  | 'saveStagedDraft'
  | 'renameDraft'
  | 'duplicateDraft'
  | 'deleteDraft'
  | 'restoreDraft'
> {
  const { drafts, draftUploads } = services;
  return {
    listDrafts: async () => drafts.list(),
    createDraft: async ({ name }) => drafts.create(name),
    getDraft: async ({ id }) => drafts.get(id),
    saveDraft: async ({ id, baseRevision, content }) => drafts.save(id, baseRevision, content),
    stageDraftRecipients: async ({ id, upload, recipients }) => ({
      staged: draftUploads.add(id, upload, recipients),
    }),
    saveStagedDraft: async ({ id, baseRevision, upload, content }) =>
      drafts.save(id, baseRevision, { ...content, recipients: draftUploads.take(id, upload) }),
    renameDraft: async ({ id, name }) => drafts.rename(id, name),
    duplicateDraft: async ({ id, copySuffix }) => drafts.duplicate(id, copySuffix),
    deleteDraft: async ({ id }) => drafts.moveToBin(id),
    restoreDraft: async ({ id }) => drafts.restore(id),
  };
}
