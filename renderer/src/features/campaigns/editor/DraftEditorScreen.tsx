import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import { request, toAppError } from '../../../api/callsheet';
import { useNavigation } from '../../../app/navigation-store';
import { ConflictNotice } from '../../../ui/ConflictNotice';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { LaunchStep } from '../../launch/LaunchStep';
import { RecipientEditor } from '../../recipients/RecipientEditor';
import { RecipientStoreProvider, useRecipients } from '../../recipients/recipient-store-context';
import { useWorkspace } from '../../workspace/workspace-store';
import { CampaignSetup } from './CampaignSetup';
import { whenEditorsSaved } from './autosave';
import { openDraftSession, type DraftSession } from './draft-session';
import { DraftStoreProvider, useDraft } from './draft-store-context';
import { DraftHeader } from './DraftHeader';
import { LaunchedNotice } from './DraftNotices';
import { useAgentDetails } from './use-agent-details';

type Tab = 'setup' | 'recipients' | 'launch';

function Tabs(props: { tab: Tab; onChange: (tab: Tab) => void; ids: Record<Tab, string> }) {
  const { t } = useTranslation('campaigns');
  const count = useRecipients((state) => state.recipients.length);
  const tabs: Array<[Tab, string]> = [
    ['setup', t('tabs.setup')],
    ['recipients', t('tabs.recipients', { count })],
    ['launch', t('tabs.launch')],
  ];
  // Arrow keys move between tabs, as in every tab list.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const at = tabs.findIndex(([tab]) => tab === props.tab);
    const step = event.key === 'ArrowRight' ? 1 : tabs.length - 1;
    const next = tabs[(at + step) % tabs.length]?.[0] ?? props.tab;
    props.onChange(next);
    document.getElementById(`${props.ids[next]}-tab`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('tabs.label')} onKeyDown={onKeyDown}>
      {tabs.map(([tab, label]) => (
        <button
          key={tab}
          id={`${props.ids[tab]}-tab`}
          type="button"
          role="tab"
          className="tabs__tab"
          aria-selected={props.tab === tab}
          aria-controls={props.ids[tab]}
          tabIndex={props.tab === tab ? 0 : -1}
          onClick={() => props.onChange(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function DraftEditor(props: { onReload: () => void; onLaunched: () => void; startWith: Tab }) {
  const [tab, setTab] = useState<Tab>(props.startWith);
  const agentId = useDraft((state) => state.settings.agent?.id ?? null);
  const campaignValues = useDraft((state) => state.settings.variables);
  const readOnly = useDraft((state) => state.launch !== null);
  const save = useDraft((state) => state.save);
  const connected = useWorkspace((state) => (state.status?.mode ?? 'none') !== 'none');
  const agent = useAgentDetails(agentId, connected);
  const baseId = useId();
  const ids = {
    setup: `${baseId}-setup`,
    recipients: `${baseId}-recipients`,
    launch: `${baseId}-launch`,
  };
  const showRecipients = () => setTab('recipients');

  return (
    <div className="draft-editor">
      <DraftHeader readOnly={readOnly} />
      {save.kind === 'conflict' ? (
        <ConflictNotice kind="campaign" onReload={props.onReload} />
      ) : null}
      <LaunchedNotice />
      <Tabs tab={tab} onChange={setTab} ids={ids} />
      <div role="tabpanel" id={ids[tab]} aria-labelledby={`${ids[tab]}-tab`}>
        {tab === 'setup' ? (
          <CampaignSetup agent={agent.details} agentError={agent.error} readOnly={readOnly} />
        ) : tab === 'launch' ? (
          <LaunchStep
            agent={agent.details}
            agentError={agent.error}
            onShowRecipients={showRecipients}
            onLaunched={props.onLaunched}
          />
        ) : (
          <RecipientEditor
            variables={{
              agentVariables: agent.details?.variables ?? [],
              agentDefaults: agent.details?.variableDefaults ?? {},
              campaignValues,
            }}
          />
        )}
      </div>
    </div>
  );
}

type Opening =
  | { kind: 'loading' }
  | { kind: 'ready'; session: DraftSession; startWith: Tab }
  | { kind: 'failed'; error: AppErrorShape };

/** Opens one draft for editing; closing it (any navigation) saves what is pending. */
export function DraftEditorScreen(props: { draftId: string }) {
  const { t } = useTranslation('campaigns');
  const [opening, setOpening] = useState<Opening>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const closeDraft = useNavigation((state) => state.closeDraft);
  // After a launch the draft is opened again, read-only, on the tab that shows what was sent.
  const reopenOn = useRef<Tab | null>(null);

  useEffect(() => {
    let cancelled = false;
    let session: DraftSession | null = null;
    // An editor that just closed may still be sending its last save (a big list goes in
    // pieces); opened before it lands, this one would show, and then save over, the old version.
    whenEditorsSaved()
      .then(() => request('getDraft', { id: props.draftId }))
      .then((draft) => {
        if (cancelled) return;
        session = openDraftSession(draft);
        const startWith =
          reopenOn.current ?? (draft.recipients.length > 0 ? 'recipients' : 'setup');
        reopenOn.current = null;
        setOpening({ kind: 'ready', session, startWith });
      })
      .catch((reason: unknown) => {
        if (!cancelled) setOpening({ kind: 'failed', error: toAppError(reason) });
      });
    return () => {
      cancelled = true;
      session?.close();
    };
  }, [props.draftId, attempt]);

  const reload = () => {
    setOpening({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };
  const reopenOnLaunch = () => {
    reopenOn.current = 'launch';
    reload();
  };

  if (opening.kind === 'loading') return <p className="muted">{t('editor.opening')}</p>;
  if (opening.kind === 'failed') {
    return (
      <>
        <ErrorNotice error={opening.error} onRetry={reload} />
        <button type="button" className="button" onClick={closeDraft}>
          {t('editor.back')}
        </button>
      </>
    );
  }
  return (
    <DraftStoreProvider store={opening.session.draft}>
      <RecipientStoreProvider store={opening.session.recipients}>
        <DraftEditor
          key={attempt}
          onReload={reload}
          onLaunched={reopenOnLaunch}
          startWith={opening.startWith}
        />
      </RecipientStoreProvider>
    </DraftStoreProvider>
  );
}
