import { DRAFT_MAX_RECIPIENTS } from '../../../../shared/domain/drafts/draft';
import type { StoredRecipient } from '../../../../shared/domain/recipients';
import { incompleteUpload, tooManyRecipients } from './draft-errors';

// A big draft's recipients reach main in pieces (see stageDraftRecipients), so the page never
// copies them all in one task; they wait here until the save that uses them.

/** Drafts with an upload under way; a new one beyond this drops the oldest. */
const MAX_UPLOADS = 4;

export interface RecipientUploads {
  /**
   * Adds a piece to the draft's upload, first dropping an older upload of the draft if this one
   * is new; the number of recipients received so far.
   */
  add(draftId: string, upload: string, recipients: readonly StoredRecipient[]): number;
  /** The upload's recipients in the order they were sent; the upload is then gone. */
  take(draftId: string, upload: string): StoredRecipient[];
}

export function createRecipientUploads(): RecipientUploads {
  const uploads = new Map<string, { upload: string; recipients: StoredRecipient[] }>();
  return {
    add(draftId, upload, recipients) {
      let entry = uploads.get(draftId);
      if (entry?.upload !== upload) {
        uploads.delete(draftId);
        for (const oldest of uploads.keys()) {
          if (uploads.size < MAX_UPLOADS) break;
          uploads.delete(oldest);
        }
        entry = { upload, recipients: [] };
        uploads.set(draftId, entry);
      }
      if (entry.recipients.length + recipients.length > DRAFT_MAX_RECIPIENTS) {
        uploads.delete(draftId);
        throw tooManyRecipients(DRAFT_MAX_RECIPIENTS);
      }
      for (const recipient of recipients) entry.recipients.push(recipient);
      return entry.recipients.length;
    },
    take(draftId, upload) {
      const entry = uploads.get(draftId);
      if (entry?.upload !== upload) throw incompleteUpload();
      uploads.delete(draftId);
      return entry.recipients;
    },
  };
}
