import { z } from 'zod';
import { BatchSummarySchema } from '../../domain/calls/batch';
import { ConversationSchema } from '../../domain/calls/conversation';
import { DoNotCallEntrySchema } from '../../domain/launch';
import { CountryCodeSchema } from '../../domain/recipients/countries';
import { PHONE_NUMBER_PROBLEMS } from '../../domain/recipients/phone-numbers';
import { channel } from '../define';
import { Id, NoInput } from './common';

const DoNotCallUpdateSchema = z.object({
  entries: z.array(DoNotCallEntrySchema),
  added: z.number().int(),
  alreadyListed: z.number().int(),
  problems: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      reason: z.string(),
      code: z.enum(PHONE_NUMBER_PROBLEMS),
      country: CountryCodeSchema.optional(),
    }),
  ),
});

export const launchChannels = {
  /** Sends the saved campaign as one or more ElevenLabs batches; never twice. */
  launchCampaign: channel(
    z.strictObject({
      draftId: Id,
      baseRevision: z.number().int().nonnegative(),
      excludedIds: z.array(z.string().max(200)).max(500_000),
      concurrency: z.number().int().min(1).max(1000).optional(),
      averageCallSeconds: z.number().min(5).max(7200),
    }),
    z.object({ batches: z.array(BatchSummarySchema), skipped: z.number().int() }),
  ),
  placeTestCall: channel(
    z.strictObject({
      draftId: Id,
      recipientId: Id.optional(),
      toNumber: z.string().trim().min(3, 'Type the number to call.').max(40),
    }),
    z.object({ conversationId: z.string(), toNumber: z.string() }),
  ),
  getTestCallDefaults: channel(NoInput, z.object({ ownPhoneNumber: z.string().nullable() })),
  getConversation: channel(z.strictObject({ conversationId: Id }), ConversationSchema),

  listDoNotCall: channel(NoInput, z.object({ entries: z.array(DoNotCallEntrySchema) })),
  addDoNotCall: channel(
    z.strictObject({
      numbers: z.array(z.string().max(40)).min(1).max(100_000),
      note: z.string().max(500).optional(),
      defaultCountry: CountryCodeSchema,
    }),
    DoNotCallUpdateSchema,
  ),
  importDoNotCall: channel(
    z.strictObject({ text: z.string().max(20_000_000), defaultCountry: CountryCodeSchema }),
    DoNotCallUpdateSchema,
  ),
  removeDoNotCall: channel(
    z.strictObject({ phoneNumber: z.string().max(40) }),
    z.object({ entries: z.array(DoNotCallEntrySchema) }),
  ),
};
