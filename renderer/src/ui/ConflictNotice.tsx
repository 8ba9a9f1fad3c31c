import { useTranslation } from 'react-i18next';

/**
 * Another window (or a restored backup) saved this record: the user decides, nothing is merged.
 * Whole sentences per kind of record, since languages inflect the noun and what goes with it.
 */
export function ConflictNotice(props: { kind: 'campaign' | 'task'; onReload: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{t(`conflict.${props.kind}.text`)}</span>
      <button type="button" className="button button--small" onClick={props.onReload}>
        {t(`conflict.${props.kind}.reload`)}
      </button>
    </div>
  );
}
