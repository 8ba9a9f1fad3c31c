import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import { normalizePhoneNumber, type CountryCode } from '../../../../shared/domain/recipients';
import { toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { showToast } from '../../ui/toast-store';
import { useDoNotCall } from './do-not-call-store';

/** For a person who asked not to be called again, in this or any later campaign. */
export function AddToDoNotCallButton(props: {
  phoneNumber: string;
  defaultCountry: CountryCode;
  /** Kept as the entry's note, so the list says where a number came from. */
  note: string;
}) {
  const { t } = useTranslation('doNotCall');
  const entries = useDoNotCall((state) => state.entries);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    if (useDoNotCall.getState().entries === null) void useDoNotCall.getState().load();
  }, []);

  const read = normalizePhoneNumber(props.phoneNumber, props.defaultCountry);
  if (!read.ok) return null;
  if (entries?.some((entry) => entry.phoneNumber === read.e164)) {
    return <p className="note dnc-from-recipient">{t('recipient.listed')}</p>;
  }

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await useDoNotCall.getState().add([read.e164], props.defaultCountry, props.note);
      showToast(t('recipient.added', { number: read.e164 }));
    } catch (reason) {
      setError(toAppError(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dnc-from-recipient">
      <button type="button" className="button" disabled={busy} onClick={() => void add()}>
        {t('recipient.add')}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}
