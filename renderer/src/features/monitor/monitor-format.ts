import type { TFunction } from 'i18next';
import type {
  BatchStatus,
  BatchSummary,
  RecipientCallStatus,
} from '../../../../shared/domain/calls/batch';
import { findShortKeyInName } from '../../../../shared/domain/launch/batch-request-key';
import type { StoredRecipient } from '../../../../shared/domain/recipients';
import type { CampaignRef } from '../../../../shared/domain/results';
import type { Formatters } from '../../i18n/format';

/** A batch starting more than this after it was made was scheduled for later. */
const SCHEDULED_LATER_SECONDS = 60;

/** "Created 3 May 2026, 09:30", and when it was scheduled for, if later. */
export function batchTimes(
  batch: Pick<BatchSummary, 'createdAt' | 'scheduledAt'>,
  t: TFunction<'monitor'>,
  format: Formatters,
): string {
  // ElevenLabs gives times in Unix seconds.
  const created = format.dateTime(batch.createdAt * 1000);
  return batch.scheduledAt - batch.createdAt > SCHEDULED_LATER_SECONDS
    ? t('batch.createdScheduled', { created, scheduled: format.dateTime(batch.scheduledAt * 1000) })
    : t('batch.created', { created });
}

/** Batches made in the ElevenLabs dashboard belong to no campaign here. */
export function campaignLabel(campaign: CampaignRef | null, t: TFunction<'monitor'>): string {
  return campaign ? t('batch.campaign', { name: campaign.name }) : t('batch.noCampaign');
}

/** "1:05" for a call's length. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Colour groups shared by the badges, the chart and the rows. */
export type StatusTone = 'waiting' | 'active' | 'done' | 'warning' | 'problem' | 'stopped';

export const CALL_STATUS_TONES: Readonly<Record<RecipientCallStatus, StatusTone>> = {
  pending: 'waiting',
  dispatched: 'active',
  initiated: 'active',
  in_progress: 'active',
  completed: 'done',
  voicemail: 'warning',
  failed: 'problem',
  cancelled: 'stopped',
};

export const BATCH_STATUS_TONES: Readonly<Record<BatchStatus, StatusTone>> = {
  pending: 'waiting',
  in_progress: 'active',
  completed: 'done',
  failed: 'problem',
  cancelled: 'stopped',
};

/** "Anna Nowak", or the number when the campaign row has no name. */
export function personName(
  person: StoredRecipient | null,
  phoneNumber: string | null,
  t: TFunction<'monitor'>,
): string {
  const name = person?.contact_info.name?.trim();
  if (name) return name;
  return phoneNumber ?? person?.phone_number ?? t('call.unknownNumber');
}

/** The person's other fields in one line: company, tags, custom fields. */
export function personDetails(person: StoredRecipient | null, t: TFunction<'monitor'>): string {
  if (!person) return t('call.notInList');
  const { company, title } = person.contact_info;
  const fields = Object.entries(person.metadata.custom_fields).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return [company, title, ...person.metadata.tags, ...fields]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join(' · ');
}

/** Yes/no answers arrive as "true"/"false"; everything else reads as the agent noted it. */
export function answerText(value: string, t: TFunction<'monitor'>): string {
  const text = value.trim();
  if (text === '') return '–';
  if (/^true$/i.test(text)) return t('answer.yes');
  if (/^false$/i.test(text)) return t('answer.no');
  return text;
}

/** "wants_callback" reads as "Wants callback". */
export function fieldLabel(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The batch's name without the tag Callsheet adds for finding it again after a failed send. */
export function batchName(name: string): string {
  return findShortKeyInName(name) ? name.slice(0, name.lastIndexOf('#')).trim() || name : name;
}
