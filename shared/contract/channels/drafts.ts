import { z } from 'zod';
import {
  CampaignDraftSchema,
  DraftContentSchema,
  DraftNameSchema,
  DraftProblemSchema,
  DraftSummarySchema,
} from '../../domain/drafts/draft';
import { channel } from '../define';
import { Id, NoInput } from './common';

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
    z.object({ revision: z.number().int(), updatedAt: z.number().int() }),
  ),
  renameDraft: channel(z.strictObject({ id: Id, name: DraftNameSchema }), DraftSummarySchema),
  duplicateDraft: channel(z.strictObject({ id: Id }), DraftSummarySchema),
  /** Moves the draft to the bin, from where restoreDraft brings it back (undo). */
  deleteDraft: channel(z.strictObject({ id: Id }), DraftSummarySchema),
  restoreDraft: channel(z.strictObject({ id: Id }), DraftSummarySchema),
};
