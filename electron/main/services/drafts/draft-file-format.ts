import { z } from 'zod';
import { CampaignDraftSchema, type CampaignDraft } from '../../../../shared/domain/drafts/draft';

/** Bumped when the layout of a draft file changes, so an older file can be migrated. */
export const DRAFT_FILE_FORMAT = 1;

/** What one `<id>.json` file in the drafts folder holds. */
export interface DraftFileData {
  format: typeof DRAFT_FILE_FORMAT;
  draft: CampaignDraft;
}

export const DraftFileSchema = z.object({
  format: z.literal(DRAFT_FILE_FORMAT),
  draft: CampaignDraftSchema,
});
