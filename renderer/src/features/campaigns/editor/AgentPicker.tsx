import { useId, useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { useAgentSearch } from '../../workspace/use-agent-search';

/** The agent a campaign or a task calls with, by id and the name shown. */
export type ChosenAgent = NonNullable<DraftContent['agent']>;

function AgentSearch(props: {
  chosenId: string | null;
  onChoose: (id: string, name: string) => void;
}) {
  const [search, setSearch] = useState('');
  const { agents, loading, hasMore, error, loadMore, retry } = useAgentSearch(search.trim());
  const searchId = useId();
  return (
    <div className="agent-search">
      <ErrorNotice error={error} onRetry={retry} />
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
      <ul className="list" aria-label="Agents to choose from" aria-busy={loading}>
        {agents.map((agent) => (
          <li key={agent.id}>
            <button
              type="button"
              className={`list__item${props.chosenId === agent.id ? ' list__item--selected' : ''}`}
              aria-pressed={props.chosenId === agent.id}
              onClick={() => props.onChoose(agent.id, agent.name)}
            >
              {agent.name}
            </button>
          </li>
        ))}
      </ul>
      {!loading && agents.length === 0 && !error ? (
        <p className="muted">
          {search ? `No agents match “${search}”.` : 'This workspace has no agents yet.'}
        </p>
      ) : null}
      {loading ? <p className="muted">Loading agents…</p> : null}
      {hasMore && !loading ? (
        <button type="button" className="button button--small" onClick={() => void loadMore()}>
          Load more agents
        </button>
      ) : null}
    </div>
  );
}

/** Chooses the agent by name; its id is kept out of sight. */
export function AgentPicker(props: {
  agent: ChosenAgent | null;
  onChoose: (agent: ChosenAgent) => void;
  connected: boolean;
  readOnly: boolean;
  variables: readonly string[];
  detailsError: AppErrorShape | null;
}) {
  const { agent } = props;
  const [choosing, setChoosing] = useState(false);
  const searching = props.connected && !props.readOnly && (choosing || agent === null);

  return (
    <div className="picker">
      <h3 className="picker__title">Agent</h3>
      {agent ? (
        <div className="picker__current">
          <p>
            <strong>{agent.name}</strong>
            {props.variables.length > 0 ? (
              <span className="muted">
                {' '}
                · needs {props.variables.length} {props.variables.length === 1 ? 'value' : 'values'}{' '}
                for each call
              </span>
            ) : null}
          </p>
          {props.connected && !props.readOnly && !choosing ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setChoosing(true)}
            >
              Change agent
            </button>
          ) : null}
        </div>
      ) : (
        <p className="muted">No agent chosen yet.</p>
      )}
      <ErrorNotice error={props.detailsError} />
      {searching ? (
        <AgentSearch
          chosenId={agent?.id ?? null}
          onChoose={(id, name) => {
            props.onChoose({ id, name });
            setChoosing(false);
          }}
        />
      ) : null}
    </div>
  );
}
