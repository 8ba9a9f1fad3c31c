import type { WorkspaceStatus } from '../../../../shared/domain/workspace';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TrySandboxButton } from '../workspace/ConnectWorkspace';
import { useWorkspace } from '../workspace/workspace-store';
import { ApiKeyForm } from './ApiKeyForm';

function describe(status: WorkspaceStatus | null): string {
  if (!status || status.mode === 'none') return 'Not connected to a workspace.';
  if (status.mode === 'sandbox') {
    return 'Using the sandbox: a simulated workspace. No real calls are made and nothing is charged.';
  }
  return status.accountLabel
    ? `Connected to your ElevenLabs workspace as ${status.accountLabel}.`
    : 'Connected to your ElevenLabs workspace. (This key may not read account details, so no name is shown.)';
}

/** Switching between the sandbox and the real workspace is always an explicit click. */
function SwitchButtons({ status }: { status: WorkspaceStatus | null }) {
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
          Use my ElevenLabs workspace
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
          Disconnect
        </button>
      ) : null}
    </div>
  );
}

export function WorkspaceSection() {
  const { status, error } = useWorkspace();
  return (
    <section className="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">ElevenLabs workspace</h2>
      <p className="connection-status" data-mode={status?.mode ?? 'none'}>
        {describe(status)}
      </p>
      {status?.keychainProblem ? (
        <div className="notice notice--warning" role="alert">
          {status.keychainProblem}
        </div>
      ) : null}
      <ErrorNotice error={error} />
      <ApiKeyForm />
      <SwitchButtons status={status} />
    </section>
  );
}
