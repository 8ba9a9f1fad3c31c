import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { AgentList } from './AgentList';
import { useAgentSearch } from './use-agent-search';

function AgentSummaryPanel({ agentId }: { agentId: string }) {
  const { t } = useTranslation('workspace');
  const [details, setDetails] = useState<AgentDetails | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    let cancelled = false;
    request('getAgent', { agentId })
      .then((agent) => !cancelled && setDetails(agent))
      .catch((reason: unknown) => !cancelled && setError(toAppError(reason)));
    return () => {
      cancelled = true;
    };
  }, [agentId]);

  if (error) return <ErrorNotice error={error} />;
  if (!details) return <p className="muted">{t('agent.loading')}</p>;
  return (
    <div className="agent-details" aria-label={t('agent.about', { name: details.name })}>
      <h3>{details.name}</h3>
      <h4>{t('agent.firstMessage')}</h4>
      <blockquote className="first-message">
        {details.firstMessage || t('agent.noFirstMessage')}
      </blockquote>
      <h4>{t('agent.variablesHeading')}</h4>
      {details.variables.length === 0 ? (
        <p className="muted">{t('agent.noVariables')}</p>
      ) : (
        <ul className="chips" aria-label={t('agent.variables')}>
          {details.variables.map((name) => (
            <li key={name} className="chip">
              {name}
            </li>
          ))}
        </ul>
      )}
      <details className="details">
        <summary>{t('agent.details')}</summary>
        <dl className="details-list">
          <dt>{t('agent.id')}</dt>
          <dd>
            <code>{details.id}</code>
          </dd>
          <dt>{t('agent.language')}</dt>
          <dd>{details.language ?? t('agent.notSet')}</dd>
        </dl>
      </details>
    </div>
  );
}

/** Lists the workspace's agents by name; ids stay out of sight. */
export function AgentBrowser() {
  const { t } = useTranslation('workspace');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const found = useAgentSearch(search.trim());

  return (
    <>
      <ErrorNotice error={found.error} onRetry={found.retry} />
      <div className="agent-browser">
        <div className="agent-browser__list">
          <AgentList
            search={search}
            onSearch={setSearch}
            found={found}
            label={t('agents.label')}
            chosenId={selected}
            onChoose={(agent) => setSelected(agent.id)}
          />
        </div>
        <div className="agent-browser__details">
          {selected ? (
            <AgentSummaryPanel key={selected} agentId={selected} />
          ) : (
            <p className="muted">{t('agents.choose')}</p>
          )}
        </div>
      </div>
    </>
  );
}
