import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
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
  const { agents, hasMore, loading, error, loadMore, retry } = useAgentSearch(search.trim());
  const searchId = useId();

  return (
    <>
      <ErrorNotice error={error} onRetry={retry} />
      <div className="agent-browser">
        <div className="agent-browser__list">
          <label htmlFor={searchId} className="field-label">
            {t('agents.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder={t('agents.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <ul className="list" aria-label={t('agents.label')} aria-busy={loading}>
            {agents.map((agent) => (
              <li key={agent.id}>
                <button
                  type="button"
                  className={`list__item${selected === agent.id ? ' list__item--selected' : ''}`}
                  aria-pressed={selected === agent.id}
                  onClick={() => setSelected(agent.id)}
                >
                  {agent.name}
                </button>
              </li>
            ))}
          </ul>
          {!loading && agents.length === 0 && !error ? (
            <p className="muted">{t('agents.noMatch', { search })}</p>
          ) : null}
          {loading ? <p className="muted">{t('agents.loading')}</p> : null}
          {hasMore && !loading ? (
            <button type="button" className="button" onClick={() => void loadMore()}>
              {t('agents.loadMore')}
            </button>
          ) : null}
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
