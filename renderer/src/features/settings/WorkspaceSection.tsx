import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../shared/domain/workspace';
import { describeError } from '../../i18n/describe-error';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TrySandboxButton } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { ApiKeyForm } from './ApiKeyForm';

function describe(status: WorkspaceStatus | null, t: TFunction<'settings'>): string {
  if (!status || status.mode === 'none') return t('workspace.notConnected');
  if (status.mode === 'sandbox') return t('workspace.sandbox');
  return status.accountLabel
    ? t('workspace.connectedAs', { account: status.accountLabel })
    : t('workspace.connected');
}

/** Switching between the sandbox and the real workspace is always an explicit click. */
function SwitchButtons({ status }: { status: WorkspaceStatus | null }) {
  const { t } = useTranslation('settings');
  const { busy, run } = useWorkspace();
  const mode = status?.mode ?? 'none';
  return (
    <div className="row">
      {mode !== 'live' && status?.keyStored ? (
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null}
          onClick={() => void run('connectLiveWorkspace')}
        >
          {t('workspace.useLive')}
        </button>
      ) : null}
      {mode !== 'sandbox' ? <TrySandboxButton /> : null}
      {mode !== 'none' ? (
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void run('disconnectWorkspace')}
        >
          {t('workspace.disconnect')}
        </button>
      ) : null}
    </div>
  );
}

export function WorkspaceSection() {
  const { t } = useTranslation('settings');
  const { t: tErrors } = useTranslation('errors');
  const { status, error } = useWorkspace();
  // Main words the keychain's trouble in English; other languages say it by its code.
  const keychainProblem = status?.keychainProblem
    ? describeError({ code: 'keychain_unavailable', message: status.keychainProblem }, tErrors)
    : null;
  return (
    <section className="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">{t('workspace.heading')}</h2>
      <p className="connection-status" data-mode={status?.mode ?? 'none'}>
        {describe(status, t)}
      </p>
      {keychainProblem ? (
        <div className="notice notice--warning" role="alert">
          {keychainProblem}
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <ApiKeyForm />
      <SwitchButtons status={status} />
    </section>
  );
}
