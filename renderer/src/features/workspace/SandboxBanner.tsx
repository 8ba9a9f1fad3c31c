import { Trans } from 'react-i18next';
import { useWorkspace } from './workspace-store';

/** Always on screen in sandbox mode, so nobody mistakes simulated calls for real ones. */
export function SandboxBanner() {
  const mode = useWorkspace((state) => state.status?.mode);
  if (mode !== 'sandbox') return null;
  return (
    <div className="sandbox-banner" role="status">
      <Trans ns="workspace" i18nKey="sandboxBanner" components={{ strong: <strong /> }} />
    </div>
  );
}
