import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../shared/contract';
import type { DoNotCallEntry } from '../../../../shared/domain/launch';
import { toAppError } from '../../api/callsheet';
import { useFormat } from '../../i18n/format';
import { useDoNotCall } from './do-not-call-store';

// A list of thousands stays quick to show; the search finds anyone beyond these.
const ROWS_SHOWN = 200;
const SEARCH_FROM = 20;

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

function matches(entry: DoNotCallEntry, search: string): boolean {
  const wanted = digits(search);
  if (wanted !== '' && digits(entry.phoneNumber).includes(wanted)) return true;
  return (entry.note ?? '').toLowerCase().includes(search.trim().toLowerCase());
}

/** The list, newest first, with a Remove button on each number. */
export function DoNotCallTable(props: {
  entries: readonly DoNotCallEntry[];
  onError: (error: AppErrorShape) => void;
}) {
  const { t } = useTranslation('doNotCall');
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const searchId = useId();
  const shown = useMemo(() => {
    const newestFirst = [...props.entries].sort((a, b) => b.addedAt - a.addedAt);
    return search.trim() === ''
      ? newestFirst
      : newestFirst.filter((entry) => matches(entry, search));
  }, [props.entries, search]);

  if (props.entries.length === 0) {
    return <p className="muted">{t('table.empty')}</p>;
  }

  const remove = async (phoneNumber: string) => {
    setRemoving(phoneNumber);
    try {
      await useDoNotCall.getState().remove(phoneNumber);
    } catch (reason) {
      props.onError(toAppError(reason));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <>
      {props.entries.length >= SEARCH_FROM ? (
        <div className="field">
          <label htmlFor={searchId} className="field-label">
            {t('table.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="input input--auto"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      ) : null}
      <table className="table" aria-label={t('table.label')}>
        <thead>
          <tr>
            <th scope="col">{t('table.number')}</th>
            <th scope="col">{t('table.note')}</th>
            <th scope="col">{t('table.added')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, ROWS_SHOWN).map((entry) => (
            <tr key={entry.phoneNumber}>
              <td className="nowrap">{entry.phoneNumber}</td>
              <td>{entry.note ?? ''}</td>
              <td className="nowrap">{format.date(entry.addedAt)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('table.removeNumber', { number: entry.phoneNumber })}
                  disabled={removing !== null}
                  onClick={() => void remove(entry.phoneNumber)}
                >
                  {t('table.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        {shown.length === 0
          ? t('table.noMatch', { search: search.trim() })
          : shown.length > ROWS_SHOWN
            ? t('table.showing', { shown: ROWS_SHOWN, count: shown.length })
            : t('table.count', { count: props.entries.length })}
      </p>
    </>
  );
}
