import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../shared/contract';
import { describeError } from '../i18n/describe-error';

type LinkedCode =
  'terms_not_accepted' | 'invalid_api_key' | 'missing_permissions' | 'quota_exceeded';
const linkedCodes: readonly string[] = [
  'terms_not_accepted',
  'invalid_api_key',
  'missing_permissions',
  'quota_exceeded',
] satisfies LinkedCode[];

/** Shows an AppError in the UI language, its remedy link and, where it helps, a retry. */
export function ErrorNotice(props: { error: AppErrorShape | null; onRetry?: () => void }) {
  const { t } = useTranslation(['errors', 'common']);
  const { error } = props;
  if (!error) return null;
  const link = error.details?.link;
  const linkKey = linkedCodes.includes(error.code) ? (error.code as LinkedCode) : 'other';
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{describeError(error, t)}</span>
      {link ? (
        <a className="notice__link" href={link} target="_blank" rel="noreferrer">
          {t(`links.${linkKey}`)}
        </a>
      ) : null}
      {props.onRetry ? (
        <button type="button" className="button button--small" onClick={props.onRetry}>
          {t('common:actions.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}
