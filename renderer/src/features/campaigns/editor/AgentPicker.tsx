import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorShape } from '../../../../../shared/contract';
import type { DraftContent } from '../../../../../shared/domain/drafts/draft';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { AgentList } from '../../workspace/AgentList';
import { useAgentSearch } from '../../workspace/use-agent-search';

/** The agent a campaign or a task calls with, by id and the name shown. */
export type ChosenAgent = NonNullable<DraftContent['agent']>;

function AgentSearch(props: {
  chosenId: string | null;
  onChoose: (id: string, name: string) => void;
}) {
  const { t } = useTranslation(['campaigns', 'workspace']);
  const [search, setSearch] = useState('');
  const found = useAgentSearch(search.trim());
  return (
    <div className="agent-search">
      <ErrorNotice error={found.error} onRetry={found.retry} />
      <AgentList
        search={search}
        onSearch={setSearch}
        found={found}
        label={t('agent.choices')}
        chosenId={props.chosenId}
        onChoose={(agent) => props.onChoose(agent.id, agent.name)}
        smallButtons
      />
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
  const { t } = useTranslation('campaigns');
  const { agent } = props;
  const [choosing, setChoosing] = useState(false);
  const searching = props.connected && !props.readOnly && (choosing || agent === null);

  return (
    <div className="picker">
      <h3 className="picker__title">{t('agent.title')}</h3>
      {agent ? (
        <div className="picker__current">
          <p>
            <strong>{agent.name}</strong>
            {props.variables.length > 0 ? (
              <span className="muted">
                {' · '}
                {t('agent.needs', { count: props.variables.length })}
              </span>
            ) : null}
          </p>
          {props.connected && !props.readOnly && !choosing ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setChoosing(true)}
            >
              {t('agent.change')}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('agent.noneChosen')}</p>
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
