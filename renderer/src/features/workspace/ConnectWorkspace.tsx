import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation-store';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useWorkspace } from './workspace-store';

/** Switches to the simulated workspace; used wherever the sandbox is offered. */
export function TrySandboxButton() {
  const { t } = useTranslation('workspace');
  const { busy, run } = useWorkspace();
  return (
    <button
      type="button"
      className="button"
      disabled={busy !== null}
      onClick={() => void run('connectSandbox')}
    >
      {busy === 'connectSandbox' ? t('sandbox.starting') : t('sandbox.try')}
    </button>
  );
}

/** The two ways in: a real workspace via Settings, or the sandbox with no key. */
export function ConnectWorkspaceActions() {
  const { t } = useTranslation('workspace');
  const error = useWorkspace((state) => state.error);
  const go = useNavigation((state) => state.go);
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => go('settings')}>
        {t('connect')}
      </button>
      <TrySandboxButton />
      <ErrorNotice error={error} />
    </>
  );
}
