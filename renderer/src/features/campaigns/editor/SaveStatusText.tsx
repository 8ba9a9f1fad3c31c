import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../i18n/describe-error';
import { useFormat, type Formatters } from '../../../i18n/format';
import type { SaveStatus } from './autosave';

function describe(
  save: SaveStatus,
  readOnlyNote: string | undefined,
  t: TFunction<'campaigns'>,
  tErrors: TFunction<'errors'>,
  format: Formatters,
) {
  if (readOnlyNote !== undefined) return { text: readOnlyNote, tone: 'muted' };
  switch (save.kind) {
    case 'saving':
      return { text: t('save.saving'), tone: 'muted' };
    case 'saved':
      return { text: t('save.saved', { time: format.time(save.at) }), tone: 'ok' };
    case 'retrying':
      return {
        text: t('save.retrying', { reason: describeError(save.error, tErrors) }),
        tone: 'error',
      };
    case 'conflict':
      return { text: t('save.notSaved'), tone: 'error' };
  }
}

/** Whether everything is saved, said next to what is edited; a read-only record says why. */
export function SaveStatusText(props: { save: SaveStatus; readOnlyNote?: string }) {
  const { t } = useTranslation('campaigns');
  const { t: tErrors } = useTranslation('errors');
  const format = useFormat();
  const { text, tone } = describe(props.save, props.readOnlyNote, t, tErrors, format);
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}
