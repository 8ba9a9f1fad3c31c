import type { AppErrorShape } from '../../../shared/contract';

const linkLabels: Partial<Record<AppErrorShape['code'], string>> = {
  terms_not_accepted: 'Open the ElevenLabs dashboard to accept the terms',
  invalid_api_key: 'Open API keys in the ElevenLabs dashboard',
  missing_permissions: 'Open API keys in the ElevenLabs dashboard',
  quota_exceeded: 'Open your ElevenLabs plan',
};

/** Shows an AppError's plain message, its remedy link and, where it helps, a retry. */
export function ErrorNotice(props: { error: AppErrorShape | null; onRetry?: () => void }) {
  const { error } = props;
  if (!error) return null;
  const link = error.details?.link;
  return (
    <div className="notice notice--error" role="alert">
      <span className="notice__text">{error.message}</span>
      {link ? (
        <a className="notice__link" href={link} target="_blank" rel="noreferrer">
          {linkLabels[error.code] ?? 'Open ElevenLabs'}
        </a>
      ) : null}
      {props.onRetry ? (
        <button type="button" className="button button--small" onClick={props.onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
