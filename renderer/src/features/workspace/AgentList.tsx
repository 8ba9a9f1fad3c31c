import { useTranslation } from 'react-i18next';
import type { AgentSummary } from '../../../../shared/domain/agents/agent';
import { SearchField } from '../../ui/SearchField';
import type { AgentSearchResult } from './use-agent-search';

/** A search box over the workspace's agents, the agents found by name and "Load more". */
export function AgentList(props: {
  search: string;
  onSearch: (search: string) => void;
  found: AgentSearchResult;
  label: string;
  chosenId: string | null;
  onChoose: (agent: AgentSummary) => void;
  smallButtons?: boolean;
}) {
  const { t } = useTranslation('workspace');
  const { agents, loading, hasMore, error, loadMore } = props.found;
  return (
    <>
      <SearchField
        label={t('agents.search')}
        placeholder={t('agents.searchPlaceholder')}
        value={props.search}
        onChange={props.onSearch}
      />
      <ul className="list" aria-label={props.label} aria-busy={loading}>
        {agents.map((agent) => (
          <li key={agent.id}>
            <button
              type="button"
              className={`list__item${props.chosenId === agent.id ? ' list__item--selected' : ''}`}
              aria-pressed={props.chosenId === agent.id}
              onClick={() => props.onChoose(agent)}
            >
              {agent.name}
            </button>
          </li>
        ))}
      </ul>
      {!loading && agents.length === 0 && !error ? (
        <p className="muted">
          {props.search.trim() === ''
            ? t('agents.none')
            : t('agents.noMatch', { search: props.search.trim() })}
        </p>
      ) : null}
      {loading ? <p className="muted">{t('agents.loading')}</p> : null}
      {hasMore && !loading ? (
        <button
          type="button"
          className={props.smallButtons ? 'button button--small' : 'button'}
          onClick={() => void loadMore()}
        >
          {t('agents.loadMore')}
        </button>
      ) : null}
    </>
  );
}
