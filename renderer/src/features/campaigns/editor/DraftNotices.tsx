import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import { request, toAppError } from '../../../api/callsheet';
import { useNavigation } from '../../../app/navigation-store';
import { useFormat } from '../../../i18n/format';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { copySuffix } from '../../../ui/record-list/copy-suffix';
import { useDraft } from './draft-store-context';

/** A launched campaign is a record of what was sent; changes go into a copy. */
export function LaunchedNotice() {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const id = useDraft((state) => state.id);
  const launch = useDraft((state) => state.launch);
  const openDraft = useNavigation((state) => state.openDraft);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  if (!launch) return null;
  const duplicate = async () => {
    setBusy(true);
    try {
      const copy = await request('duplicateDraft', { id, copySuffix: copySuffix() });
      openDraft(copy.id);
    } catch (reason) {
      setError(toAppError(reason));
      setBusy(false);
    }
  };
  return (
    <div className="notice notice--info notice--block">
      <p className="notice__text">
        {t('launched.text', { at: format.longDateTime(launch.launchedAt) })}
      </p>
      <div className="row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void duplicate()}
        >
          {t('launched.duplicate')}
        </button>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
