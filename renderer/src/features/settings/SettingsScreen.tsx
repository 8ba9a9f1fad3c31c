import { useTranslation } from 'react-i18next';
import { DoNotCallSection } from '../do-not-call/DoNotCallSection';
import { AgentBrowser } from '../workspace/AgentBrowser';
import { PhoneNumberList } from '../workspace/PhoneNumberList';
import { useWorkspace } from '../workspace/workspace-store';
import { DiagnosticsSection } from './DiagnosticsSection';
import { LanguageSection } from './LanguageSection';
import { WorkspaceSection } from './WorkspaceSection';

export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const connected = useWorkspace((state) => (state.status?.mode ?? 'none') !== 'none');
  return (
    <>
      <header className="screen-header">
        <h1>{t('common:sections.settings')}</h1>
      </header>
      <WorkspaceSection />
      {connected ? (
        <>
          <section className="card" aria-labelledby="settings-agents-heading">
            <h2 id="settings-agents-heading">{t('agents.heading')}</h2>
            <AgentBrowser />
          </section>
          <section className="card" aria-labelledby="phone-numbers-heading">
            <h2 id="phone-numbers-heading">{t('phoneNumbers.heading')}</h2>
            <PhoneNumberList />
          </section>
        </>
      ) : null}
      <LanguageSection />
      <DoNotCallSection />
      <DiagnosticsSection />
    </>
  );
}
