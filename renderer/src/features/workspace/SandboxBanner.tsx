import { useWorkspace } from './workspace-store';

/** Always on screen in sandbox mode, so nobody mistakes simulated calls for real ones. */
export function SandboxBanner() {
  const mode = useWorkspace((state) => state.status?.mode);
  if (mode !== 'sandbox') return null;
  return (
    <div className="sandbox-banner" role="status">
      <strong>Sandbox</strong> — simulated workspace. No real calls are made and nothing is charged.
    </div>
  );
}
