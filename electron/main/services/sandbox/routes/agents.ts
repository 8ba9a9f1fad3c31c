import { apiErrors } from '../errors';
import { OWNER } from '../fixtures/user';
import { json } from '../http';
import { paginate } from '../paging';
import { toAgentDetails, toAgentSummary } from '../presenters';
import { queryBool, queryEnum, queryInt, queryString } from '../query';
import type { AgentRecord } from '../records';
import type { Route, RouteRequest } from '../router';
import type { AgentsPageWire } from '../wire';

const SORT_FIELDS = ['name', 'created_at', 'call_count_7d'] as const;
const SORT_DIRECTIONS = ['asc', 'desc'] as const;

type SortField = (typeof SORT_FIELDS)[number];

function sortKey(record: AgentRecord, field: SortField): string | number {
  switch (field) {
    case 'name':
      return record.agent.name.toLocaleLowerCase();
    case 'created_at':
      return record.agent.metadata.created_at_unix_secs;
    case 'call_count_7d':
      return record.callCount7d;
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  return Number(a) - Number(b);
}

function selectAgents(agents: AgentRecord[], request: RouteRequest): AgentRecord[] {
  const { query } = request;
  const search = queryString(query, 'search')?.trim().toLocaleLowerCase();
  const archived = queryBool(query, 'archived') ?? false;
  const tags = query.getAll('tags');
  const createdBy = queryString(query, 'created_by_user_id');
  const sortBy = queryEnum(query, 'sort_by', SORT_FIELDS) ?? 'created_at';
  const direction = queryEnum(query, 'sort_direction', SORT_DIRECTIONS) ?? 'desc';

  // Every sandbox agent belongs to the workspace owner, so an ownership filter either
  // keeps them all or none.
  const ownedByFilter =
    createdBy === undefined || createdBy === '@me' || createdBy === OWNER.userId;

  const selected = agents.filter((record) => {
    const { agent } = record;
    if (!ownedByFilter) return false;
    if ((agent.platform_settings?.archived ?? false) !== archived) return false;
    if (search && !agent.name.toLocaleLowerCase().includes(search)) return false;
    if (tags.length > 0 && !tags.some((tag) => agent.tags?.includes(tag))) return false;
    return true;
  });
  const sign = direction === 'asc' ? 1 : -1;
  return selected.sort(
    (a, b) =>
      sign * compare(sortKey(a, sortBy), sortKey(b, sortBy)) ||
      a.agent.agent_id.localeCompare(b.agent.agent_id),
  );
}

export const agentRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/convai/agents',
    permission: 'convai_read',
    handle: (request, { workspace }) => {
      const pageSize = queryInt(request.query, 'page_size', { fallback: 30, min: 1, max: 100 });
      const agents = selectAgents(workspace.agents(), request);
      const page = paginate(agents, queryString(request.query, 'cursor'), pageSize);
      const body: AgentsPageWire = {
        agents: page.items.map(toAgentSummary),
        next_cursor: page.nextCursor,
        has_more: page.hasMore,
      };
      return json(200, body);
    },
  },
  {
    method: 'GET',
    path: '/v1/convai/agents/:agent_id',
    permission: 'convai_read',
    handle: (request, { workspace }) => {
      const agentId = request.params['agent_id'] ?? '';
      const record = workspace.findAgent(agentId);
      if (!record) return apiErrors.notFound(`Agent with ID ${agentId} not found.`);
      return json(200, toAgentDetails(record, workspace));
    },
  },
];
