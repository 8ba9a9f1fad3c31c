import { useEffect, useId, useState } from 'react';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import type { AppErrorShape } from '../../../../shared/contract';
import { request, toAppError } from '../../api/callsheet';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useAgentSearch } from './use-agent-search';

function AgentSummaryPanel({ agentId }: { agentId: string }) {
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
  if (!details) return <p className="muted">Loading the agent…</p>;
  return (
    <div className="agent-details" aria-label={`About ${details.name}`}>
      <h3>{details.name}</h3>
      <h4>First message</h4>
      <blockquote className="first-message">{details.firstMessage || '(none)'}</blockquote>
      <h4>Values this agent needs for each call</h4>
      {details.variables.length === 0 ? (
        <p className="muted">None — the agent’s script has no placeholders.</p>
      ) : (
        <ul className="chips" aria-label="Dynamic variables">
          {details.variables.map((name) => (
            <li key={name} className="chip">
              {name}
            </li>
          ))}
        </ul>
      )}
      <details className="details">
        <summary>Details</summary>
        <dl className="details-list">
          <dt>Agent ID</dt>
          <dd>
            <code>{details.id}</code>
          </dd>
          <dt>Language</dt>
          <dd>{details.language ?? 'Not set'}</dd>
        </dl>
      </details>
    </div>
  );
}

/** Lists the workspace's agents by name; ids stay out of sight. */
export function AgentBrowser() {
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
            Search agents
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder="Agent name"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <ul className="list" aria-label="Agents" aria-busy={loading}>
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
            <p className="muted">No agents match “{search}”.</p>
          ) : null}
          {loading ? <p className="muted">Loading agents…</p> : null}
          {hasMore && !loading ? (
            <button type="button" className="button" onClick={() => void loadMore()}>
              Load more agents
            </button>
          ) : null}
        </div>
        <div className="agent-browser__details">
          {selected ? (
            <AgentSummaryPanel key={selected} agentId={selected} />
          ) : (
            <p className="muted">
              Choose an agent to see its first message and the values it needs.
            </p>
          )}
        </div>
      </div>
    </>
  );
}
