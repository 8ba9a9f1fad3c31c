import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  BINDABLE_FIXED_PATHS,
  recipientValueLabel,
  type BatchRequest,
  type BindableFixedPath,
  type RecipientValuePath,
} from '../../../../shared/domain/launch';
import type { StoredRecipient } from '../../../../shared/domain/recipients';
import { useFormat } from '../../i18n/format';
import { useRecipients } from '../recipients/recipient-store-context';
import { formatLocalStart } from './local-start';

/** "Anna Nowak · +48600700800", or whichever of the two the row has. */
export function personLabel(
  recipient: StoredRecipient,
  position: number,
  t: TFunction<'launch'>,
): string {
  const name = recipient.contact_info.name?.trim() ?? '';
  const phone = recipient.phone_number.trim();
  if (name && phone) return `${name} · ${phone}`;
  return name || phone || t('rowLabel', { row: position + 1 });
}

export function usePersonLabel(recipientId: string): string {
  const { t } = useTranslation('launch');
  return useRecipients((state) => {
    const index = state.indexById.get(recipientId);
    const recipient = index === undefined ? undefined : state.recipients[index];
    return recipient && index !== undefined
      ? personLabel(recipient, index, t)
      : t('someoneRemoved');
  });
}

const FIXED_PATHS: ReadonlySet<string> = new Set(BINDABLE_FIXED_PATHS);

/** "Name", "Imię i nazwisko", or a custom field's own name. */
export function useRecipientValueLabel(): (path: RecipientValuePath) => string {
  const { t } = useTranslation('recipients');
  return (path) =>
    FIXED_PATHS.has(path)
      ? t(`fields.${path as BindableFixedPath}.label`)
      : recipientValueLabel(path);
}

/** "Mon, 30 Mar, 09:00 (Europe/Warsaw)", or that it starts on confirming. */
export function useDescribeBatchStart(): (
  batch: Pick<BatchRequest, 'startUnixSeconds' | 'timezone'>,
) => string {
  const { t } = useTranslation('launch');
  const { language } = useFormat();
  return (batch) =>
    batch.startUnixSeconds === null || batch.timezone === null
      ? t('plan.asSoonAsConfirmed')
      : t('plan.startIn', {
          time: formatLocalStart(language, batch.startUnixSeconds, batch.timezone),
          timezone: batch.timezone,
        });
}
