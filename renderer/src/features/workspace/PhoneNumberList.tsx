import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { PhoneNumber } from '../../../../shared/domain/workspace';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';

export function usePhoneNumbers() {
  const [numbers, setNumbers] = useState<PhoneNumber[] | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    request('listPhoneNumbers', {})
      .then((list) => {
        if (cancelled) return;
        setNumbers(list);
        setError(null);
      })
      .catch((reason: unknown) => !cancelled && setError(toAppError(reason)));
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return {
    numbers,
    error,
    // The failure leaves the screen while asking again, so "Try again" visibly does something.
    retry: () => {
      setError(null);
      setAttempt((n) => n + 1);
    },
  };
}

/** The workspace's numbers by label and number; the phnum_ id only in the details view. */
export function PhoneNumberList() {
  const { t } = useTranslation('workspace');
  const { numbers, error, retry } = usePhoneNumbers();
  if (error) return <ErrorNotice error={error} onRetry={retry} />;
  if (!numbers) return <p className="muted">{t('phoneNumbers.loading')}</p>;
  if (numbers.length === 0) {
    return <p className="muted">{t('phoneNumbers.none')}</p>;
  }
  return (
    <table className="table" aria-label={t('phoneNumbers.label')}>
      <thead>
        <tr>
          <th scope="col">{t('phoneNumbers.columns.label')}</th>
          <th scope="col">{t('phoneNumbers.columns.number')}</th>
          <th scope="col">{t('phoneNumbers.columns.provider')}</th>
          <th scope="col">{t('phoneNumbers.columns.agent')}</th>
          <th scope="col">{t('phoneNumbers.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        {numbers.map((number) => (
          <tr key={number.id}>
            <td>{number.label}</td>
            <td className="nowrap">{number.number}</td>
            <td>{t(`providers.${number.provider}`)}</td>
            <td>
              {number.assignedAgent?.name ?? (
                <span className="muted">{t('phoneNumbers.noAgent')}</span>
              )}
            </td>
            <td>
              <details>
                <summary>{t('phoneNumbers.show')}</summary>
                <dl className="details-list">
                  <dt>{t('phoneNumbers.id')}</dt>
                  <dd>
                    <code>{number.id}</code>
                  </dd>
                  <dt>{t('phoneNumbers.outbound')}</dt>
                  <dd>
                    {number.supportsOutbound
                      ? t('phoneNumbers.supported')
                      : t('phoneNumbers.notSupported')}
                  </dd>
                </dl>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
