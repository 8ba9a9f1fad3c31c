import type { CampaignDraft } from '../../../../../shared/domain/drafts/draft';
import { createRecipientStore, type RecipientStore } from '../../recipients/recipient-store';
import { createAutosave, flushOnClose } from './autosave';
import { createDraftStore, type DraftStore } from './draft-store';
import { createDraftSaver } from './draft-saver';

/** One open draft: its settings, its recipients and the autosave that keeps them on disk. */
export interface DraftSession {
  draft: DraftStore;
  recipients: RecipientStore;
  close(): void;
}

export function openDraftSession(loaded: CampaignDraft): DraftSession {
  const draft = createDraftStore(loaded);
  const readOnly = loaded.launch !== null;
  const recipients = createRecipientStore({
    recipients: loaded.recipients,
    defaultCountry: loaded.defaultCountry,
    readOnly,
  });
  const saver = createDraftSaver(loaded.id, () => ({
    ...draft.getState().settings,
    recipients: [...recipients.getState().recipients],
  }));
  const autosave = createAutosave({
    revision: loaded.revision,
    save: (baseRevision) => saver.save(baseRevision),
    onStatus: (save) => draft.setState({ save }),
  });

  const stopSettings = draft.subscribe((state, previous) => {
    if (state.settings === previous.settings) return;
    if (state.settings.defaultCountry !== previous.settings.defaultCountry) {
      recipients.getState().setDefaultCountry(state.settings.defaultCountry);
    }
    autosave.changed();
  });
  const stopRecipients = recipients.subscribe((state, previous) => {
    if (state.recipients !== previous.recipients) autosave.changed();
  });
  const onPageHide = () => {
    saver.leave();
    void autosave.flush();
  };
  window.addEventListener('pagehide', onPageHide);

  return {
    draft,
    recipients,
    close() {
      stopSettings();
      stopRecipients();
      window.removeEventListener('pagehide', onPageHide);
      if (!readOnly) flushOnClose(autosave);
      recipients.getState().dispose();
    },
  };
}
