import { RECIPIENTS_PER_PIECE } from '../../../../../shared/contract';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { request } from '../../../api/callsheet';
import type { SavedRevision } from './autosave';

export interface DraftSaver {
  /** Saves the content as it is now, based on `baseRevision`. */
  save(baseRevision: number): Promise<SavedRevision>;
  /**
   * The page is going away: from now on only what is sent in the same task is sure to arrive,
   * so saves go in one message, and a save still sending pieces is replaced by one that does.
   */
  leave(): void;
}

/** A save whose pieces are on their way, and the one-message save that replaced it, if one did. */
interface PiecesOnTheirWay {
  baseRevision: number;
  replacement?: Promise<SavedRevision>;
}

/**
 * Saves a draft's content (`current` gives it as it is now). A big list goes to main a piece at
 * a time, each piece in a task of its own, because copying 100k recipients into one message
 * would hold the page for a second.
 */
export function createDraftSaver(id: string, current: () => DraftContent): DraftSaver {
  let leaving = false;
  let sending: PiecesOnTheirWay | null = null;

  const saveWhole = (baseRevision: number, content: DraftContent) =>
    request('saveDraft', { id, baseRevision, content });

  const saveInPieces = async (baseRevision: number, content: DraftContent) => {
    const { recipients, ...settings } = content;
    const upload = crypto.randomUUID();
    const ours: PiecesOnTheirWay = { baseRevision };
    sending = ours;
    try {
      for (let start = 0; start < recipients.length; start += RECIPIENTS_PER_PIECE) {
        const piece = recipients.slice(start, start + RECIPIENTS_PER_PIECE);
        await request('stageDraftRecipients', { id, upload, recipients: piece });
        if (ours.replacement) return await ours.replacement;
      }
    } finally {
      if (sending === ours) sending = null;
    }
    // Once this is sent, a save based on the same revision could only be refused.
    return request('saveStagedDraft', { id, baseRevision, upload, content: settings });
  };

  return {
    save(baseRevision) {
      const content = current();
      return leaving || content.recipients.length <= RECIPIENTS_PER_PIECE
        ? saveWhole(baseRevision, content)
        : saveInPieces(baseRevision, content);
    },
    leave() {
      leaving = true;
      if (sending && !sending.replacement) {
        sending.replacement = saveWhole(sending.baseRevision, current());
      }
    },
  };
}
