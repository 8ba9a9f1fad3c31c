import { useTranslation } from 'react-i18next';
import type { MissingValues } from '../../../../shared/domain/launch';
import { useFormat } from '../../i18n/format';
import { useRecipients } from '../recipients/recipient-store-context';
import { variableLabel } from '../recipients/variable-names';
import { usePersonLabel } from './launch-format';

// The first ones are enough to see what is wrong; "Leave all out" handles any number.
const PEOPLE_SHOWN = 50;

function MissingPerson(props: {
  entry: MissingValues;
  onFix: (id: string) => void;
  onExclude: (ids: readonly string[]) => void;
}) {
  const { recipientId, variables } = props.entry;
  const { t } = useTranslation('launch');
  const format = useFormat();
  const who = usePersonLabel(recipientId);
  return (
    <li className="missing-values__person">
      <span className="missing-values__who">{who}</span>
      <span className="muted">
        {t('missing.needs', { names: format.list(variables.map((name) => variableLabel(name))) })}
      </span>
      <span className="missing-values__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={t('missing.fixLabel', { who })}
          onClick={() => props.onFix(recipientId)}
        >
          {t('missing.fix')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('missing.excludeLabel', { who })}
          onClick={() => props.onExclude([recipientId])}
        >
          {t('missing.exclude')}
        </button>
      </span>
    </li>
  );
}

/** Who cannot be called yet for lack of a value, and who the user left out. */
export function MissingValuesList(props: {
  missing: readonly MissingValues[];
  excludedIds: ReadonlySet<string>;
  onFix: (id: string) => void;
  onExclude: (ids: readonly string[]) => void;
  onInclude: (ids: readonly string[]) => void;
}) {
  const { t } = useTranslation('launch');
  const known = useRecipients((state) => state.indexById);
  const blocking = props.missing.filter((entry) => !props.excludedIds.has(entry.recipientId));
  // People removed from the list since are no longer anyone's concern.
  const excluded = [...props.excludedIds].filter((id) => known.has(id));
  const hidden = blocking.length - PEOPLE_SHOWN;

  return (
    <>
      {blocking.length > 0 ? (
        <div className="missing-values" role="region" aria-label={t('missing.label')}>
          <h3>{t('missing.heading', { count: blocking.length })}</h3>
          <p className="muted">{t('missing.explain')}</p>
          <ul className="missing-values__list">
            {blocking.slice(0, PEOPLE_SHOWN).map((entry) => (
              <MissingPerson
                key={entry.recipientId}
                entry={entry}
                onFix={props.onFix}
                onExclude={props.onExclude}
              />
            ))}
            {hidden > 0 ? <li className="muted">{t('missing.more', { count: hidden })}</li> : null}
          </ul>
          {blocking.length > 1 ? (
            <button
              type="button"
              className="button"
              onClick={() => props.onExclude(blocking.map((entry) => entry.recipientId))}
            >
              {t('missing.excludeAll', { count: blocking.length })}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="launch-ok">{t('missing.allFine')}</p>
      )}
      {excluded.length > 0 ? (
        <div className="row">
          <span>{t('missing.excluded', { count: excluded.length })}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => props.onInclude(excluded)}
          >
            {t('missing.include')}
          </button>
        </div>
      ) : null}
    </>
  );
}
