import type { CallRecord } from '../calls/call-records';
import { conversationStatus } from '../calls/call-status';
import {
  hasAudio,
  reportedVerdict,
  toConversation,
  toConversationSummary,
} from '../conversations/conversation-presenter';
import { recordingFor } from '../conversations/recording';
import { apiErrors, detailError, SandboxHttpError } from '../errors';
import { binary, json } from '../http';
import { keysetPage } from '../paging';
import { queryEnum, queryEnumList, queryInt, queryString } from '../query';
import type { Route, RouteRequest, SandboxContext } from '../router';
import type { ConversationsPageWire } from '../wire';

const VERDICTS = ['success', 'failure', 'unknown'] as const;
const SUMMARY_MODES = ['exclude', 'include'] as const;
const DIRECTIONS = ['asc', 'desc'] as const;
const STATUSES = ['initiated', 'in-progress', 'processing', 'done', 'failed'] as const;

function findCall(request: RouteRequest, { workspace }: SandboxContext, now: number): CallRecord {
  const id = request.params['conversation_id'] ?? '';
  const call = workspace.calls.findCall(id, now);
  if (!call) throw new SandboxHttpError(apiErrors.notFound(`Conversation ${id} not found.`));
  return call;
}

function optionalInt(request: RouteRequest, name: string): number | undefined {
  if (request.query.get(name) === null) return undefined;
  return queryInt(request.query, name, {
    fallback: 0,
    min: Number.MIN_SAFE_INTEGER,
    max: Number.MAX_SAFE_INTEGER,
  });
}

function list(request: RouteRequest, context: SandboxContext) {
  const { query } = request;
  const pageSize = queryInt(query, 'page_size', { fallback: 30, min: 1, max: 100 });
  const agentId = queryString(query, 'agent_id');
  const verdict = queryEnum(query, 'call_successful', VERDICTS);
  const before = optionalInt(request, 'call_start_before_unix');
  const after = optionalInt(request, 'call_start_after_unix');
  const includeSummary = queryEnum(query, 'summary_mode', SUMMARY_MODES) === 'include';
  const direction = queryEnum(query, 'sort_direction', DIRECTIONS) ?? 'desc';
  const excluded = queryEnumList(query, 'exclude_statuses', STATUSES);
  const now = context.now();
  const calls = context.workspace.calls.allCalls(now);
  const order = new Map(calls.map((call, index) => [call.conversationId, index]));
  const selected = calls.filter((call) => {
    const started = Math.floor(call.timeline.dialledAt / 1000);
    if (agentId !== undefined && call.agent.agent_id !== agentId) return false;
    if (verdict !== undefined && reportedVerdict(call, now) !== verdict) return false;
    if (before !== undefined && started >= before) return false;
    if (after !== undefined && started <= after) return false;
    if (excluded.includes(conversationStatus(call, now))) return false;
    return true;
  });
  const page = keysetPage(
    selected,
    (call) => [call.timeline.dialledAt, order.get(call.conversationId) ?? 0],
    direction,
    queryString(query, 'cursor'),
    pageSize,
  );
  const body: ConversationsPageWire = {
    conversations: page.items.map((call) =>
      toConversationSummary(call, now, {
        includeSummary,
        dataCollectionIds: query.getAll('data_collection_ids'),
        evaluationCriteriaIds: query.getAll('evaluation_criteria_ids'),
      }),
    ),
    next_cursor: page.nextCursor,
    has_more: page.hasMore,
  };
  return json(200, body);
}

export const conversationRoutes: Route[] = [
  { method: 'GET', path: '/v1/convai/conversations', permission: 'convai_read', handle: list },
  {
    method: 'GET',
    path: '/v1/convai/conversations/:conversation_id',
    permission: 'convai_read',
    handle: (request, context) => {
      const now = context.now();
      return json(200, toConversation(findCall(request, context, now), now));
    },
  },
  {
    method: 'GET',
    path: '/v1/convai/conversations/:conversation_id/audio',
    permission: 'convai_read',
    handle: (request, context) => {
      const now = context.now();
      const call = findCall(request, context, now);
      if (!hasAudio(call, now)) {
        return detailError(
          404,
          'audio_not_found',
          `Conversation ${call.conversationId} has no audio recording.`,
        );
      }
      return binary(200, recordingFor(call.content.turns), 'audio/wav');
    },
  },
];
