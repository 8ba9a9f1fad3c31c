import { toBatchCall, toBatchCallDetail } from '../calls/batch-presenter';
import { BatchActionError } from '../calls/call-center';
import type { BatchRecord } from '../calls/call-records';
import { apiErrors, detailError, SandboxHttpError, type ValidationIssue } from '../errors';
import { json } from '../http';
import { queryInt, queryString } from '../query';
import type { Route, RouteRequest, SandboxContext } from '../router';
import { callDataIssues } from '../validation/call-checks';
import { SubmitBatchSchema, type SubmitBatchInput } from '../validation/call-requests';
import { parseBody, rejectBody } from '../validation/request-body';
import type { BatchCallsPageWire } from '../wire';
import { requireAgent, requirePhoneNumber } from './lookups';

const BASE = '/v1/convai/batch-calling';

function findBatch(request: RouteRequest, { workspace }: SandboxContext, now: number): BatchRecord {
  const batchId = request.params['batch_id'] ?? '';
  const batch = workspace.calls.findBatch(batchId, now);
  if (!batch) throw new SandboxHttpError(apiErrors.notFound(`Batch call ${batchId} not found.`));
  return batch;
}

function asHttpError(error: unknown): unknown {
  return error instanceof BatchActionError
    ? new SandboxHttpError(detailError(400, error.status, error.message))
    : error;
}

function recipientIssues(input: SubmitBatchInput, agent: BatchRecord['agent']): ValidationIssue[] {
  return input.recipients.flatMap((recipient, index) =>
    callDataIssues(agent, recipient.conversation_initiation_client_data, [
      'body',
      'recipients',
      index,
    ]),
  );
}

function submit(request: RouteRequest, context: SandboxContext) {
  const input = parseBody(SubmitBatchSchema, request.body);
  const { workspace } = context;
  const agent = requireAgent(workspace, input.agent_id).agent;
  if (input.agent_phone_number_id == null) {
    // The sandbox workspace has no WhatsApp Business account to call through.
    return apiErrors.notFound(
      `WhatsApp phone number ${input.whatsapp_params?.whatsapp_phone_number_id ?? '(default)'} not found.`,
    );
  }
  const from = requirePhoneNumber(workspace, input.agent_phone_number_id).number;
  if (!from.supports_outbound) {
    return detailError(
      400,
      'phone_number_outbound_not_supported',
      `Phone number ${from.phone_number_id} does not support outbound calls.`,
    );
  }
  const missingPhone: ValidationIssue[] = input.recipients.flatMap((recipient, index) =>
    recipient.phone_number == null
      ? [
          {
            type: 'value_error',
            loc: ['body', 'recipients', index, 'phone_number'],
            msg: 'Value error, phone_number is required when calling from a phone number',
          },
        ]
      : [],
  );
  const issues = [...missingPhone, ...recipientIssues(input, agent)];
  if (issues.length > 0) rejectBody(issues);

  const now = context.now();
  const batch = workspace.calls.submitBatch(
    {
      name: input.call_name,
      agent,
      from,
      recipients: input.recipients,
      scheduledAt: input.scheduled_time_unix == null ? null : input.scheduled_time_unix * 1000,
      timezone: input.timezone ?? null,
      telephonyCallConfig: input.telephony_call_config ?? null,
      targetConcurrency: input.target_concurrency_limit ?? null,
    },
    now,
  );
  return json(200, toBatchCall(batch, now));
}

function list(request: RouteRequest, { workspace, now }: SandboxContext) {
  const limit = queryInt(request.query, 'limit', { fallback: 100, min: 1, max: 100 });
  const lastDoc = queryString(request.query, 'last_doc');
  const agentId = queryString(request.query, 'agent_id');
  const at = now();
  let batches = workspace.calls
    .listBatches(at)
    .filter((batch) => agentId === undefined || batch.agent.agent_id === agentId);
  if (lastDoc !== undefined && lastDoc !== '') {
    const position = workspace.calls.positionOf(lastDoc);
    if (position === undefined) {
      return detailError(400, 'invalid_last_doc', `last_doc ${lastDoc} is not a batch call.`);
    }
    batches = batches.filter((batch) => (workspace.calls.positionOf(batch.id) ?? 0) < position);
  }
  const page = batches.slice(0, limit);
  const hasMore = batches.length > limit;
  const body: BatchCallsPageWire = {
    batch_calls: page.map((batch) => toBatchCall(batch, at)),
    next_doc: hasMore ? (page[page.length - 1]?.id ?? null) : null,
    has_more: hasMore,
  };
  return json(200, body);
}

export const batchCallingRoutes: Route[] = [
  { method: 'POST', path: `${BASE}/submit`, permission: 'convai_write', handle: submit },
  // Before `/:batch_id`, which would otherwise take "workspace" for an id.
  { method: 'GET', path: `${BASE}/workspace`, permission: 'convai_read', handle: list },
  {
    method: 'GET',
    path: `${BASE}/:batch_id`,
    permission: 'convai_read',
    handle: (request, context) => {
      const now = context.now();
      return json(200, toBatchCallDetail(findBatch(request, context, now), now));
    },
  },
  {
    method: 'POST',
    path: `${BASE}/:batch_id/cancel`,
    permission: 'convai_write',
    handle: (request, context) => {
      const now = context.now();
      try {
        const batch = context.workspace.calls.cancelBatch(findBatch(request, context, now), now);
        return json(200, toBatchCall(batch, now));
      } catch (error) {
        throw asHttpError(error);
      }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/:batch_id/retry`,
    permission: 'convai_write',
    handle: (request, context) => {
      const now = context.now();
      try {
        const batch = context.workspace.calls.retryBatch(findBatch(request, context, now), now);
        return json(200, toBatchCall(batch, now));
      } catch (error) {
        throw asHttpError(error);
      }
    },
  },
  {
    method: 'DELETE',
    path: `${BASE}/:batch_id`,
    permission: 'convai_write',
    handle: (request, context) => {
      const now = context.now();
      context.workspace.calls.deleteBatch(findBatch(request, context, now), now);
      return { status: 204 };
    },
  },
];
