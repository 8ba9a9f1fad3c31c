import { z } from 'zod';
import {
  CampaignDraftSchema,
  DRAFT_MAX_RECIPIENTS,
  DraftContentSchema,
  DraftNameSchema,
  DraftProblemSchema,
  DraftSettingsSchema,
  DraftSummarySchema,
} from '../../domain/drafts/draft';
import { StoredRecipientSchema } from '../../domain/recipients/recipient-schema';
import { channel } from '../define';
import { CopySuffixSchema, Id, NoInput } from './common';

/**
 * Recipients per stageDraftRecipients call: copying a few thousand rows to main takes the page
 * tens of milliseconds, where a 100k-row draft in one message would hold it for a second.
 */
export const RECIPIENTS_PER_PIECE = 2_000;

const SavedRevisionSchema = z.object({ revision: z.number().int(), updatedAt: z.number().int() });

export const draftChannels = {
  listDrafts: channel(
    NoInput,
    z.object({ drafts: z.array(DraftSummarySchema), problems: z.array(DraftProblemSchema) }),
  ),
  createDraft: channel(z.strictObject({ name: DraftNameSchema.optional() }), CampaignDraftSchema),
  getDraft: channel(z.strictObject({ id: Id }), CampaignDraftSchema),
  /** Autosave: the whole content, based on the revision the editor last saw. */
  saveDraft: channel(
    z.strictObject({
      id: Id,
      baseRevision: z.number().int().nonnegative(),
      content: DraftContentSchema,
    }),
    SavedRevisionSchema,
  ),
  /**
   * Autosave of a big draft, in pieces: the recipients go a piece at a time under an upload id
   * of the editor's choosing, main keeps them (a new upload for the draft drops an unfinished
   * one), and saveStagedDraft saves them, in the order sent, with the rest of the content.
   */
  stageDraftRecipients: channel(
    z.strictObject({
      id: Id,
      upload: Id,
      recipients: z.array(StoredRecipientSchema).max(RECIPIENTS_PER_PIECE),
    }),
    z.object({ staged: z.number().int().nonnegative().max(DRAFT_MAX_RECIPIENTS) }),
  ),
  saveStagedDraft: channel(
    z.strictObject({
      id: Id,
      baseRevision: z.number().int().nonnegative(),
      upload: Id,
      content: DraftSettingsSchema,
    }),
    SavedRevisionSchema,
  ),
  renameDraft: channel(z.strictObject({ id: Id, name: DraftNameSchema }), DraftSummarySchema),
  /** The copy's name is the draft's with `copySuffix`, as the UI's language writes it. */
  duplicateDraft: channel(
    z.strictObject({ id: Id, copySuffix: CopySuffixSchema }),
    DraftSummarySchema,
  ),
  /** Moves the draft to the bin, from where restoreDraft brings it back (undo). */
  deleteDraft: channel(z.strictObject({ id: Id }), DraftSummarySchema),
  restoreDraft: channel(z.strictObject({ id: Id }), DraftSummarySchema),
};
