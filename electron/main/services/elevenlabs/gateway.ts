import { ElevenLabsClient, type ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails, AgentPage } from '../../../../shared/domain/agents/agent';
import type { BatchDetails, BatchPage, BatchSummary } from '../../../../shared/domain/calls/batch';
import type { Conversation } from '../../../../shared/domain/calls/conversation';
import type { PhoneNumber } from '../../../../shared/domain/workspace';
import { toAgentDetails, toAgentSummary, toPhoneNumber } from './agent-mapping';
import { toBatchDetails, toBatchSummary, toConversation } from './call-mapping';

export interface GatewayOptions {
  baseUrl: string;
  apiKey: string;
  /** Per-request time limit; a slow ElevenLabs must not leave the user waiting forever. */
  timeoutSeconds?: number;
  /** Called after every request with what may be logged: never the key, never call contents. */
  onRequest?: (entry: RequestLogEntry) => void;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number | null;
  durationMs: number;
  requestId: string | null;
}

/** Retries are only safe where repeating the request cannot spend money or create anything. */
export const IDEMPOTENT_RETRIES = 2;
export const NON_IDEMPOTENT_RETRIES = 0;

export interface ReadOptions {
  /**
   * False for reads repeated on a schedule: the SDK's retries would sleep out a 429's
   * Retry-After (up to a minute, twice) before the caller's own back-off could take over, so
   * every failure comes back at once instead.
   */
  retry?: boolean;
}

export interface ElevenLabsGateway {
  getAccountLabel(): Promise<string | null>;
  listAgents(request: { search?: string; cursor?: string; pageSize?: number }): Promise<AgentPage>;
  getAgent(agentId: string): Promise<AgentDetails>;
  listPhoneNumbers(): Promise<PhoneNumber[]>;

  /** Never retried: a repeat could create a second batch. */
  submitBatch(request: BatchSubmitRequest): Promise<BatchSummary>;
  listBatches(request: { limit?: number; cursor?: string }): Promise<BatchPage>;
  getBatch(batchId: string, options?: ReadOptions): Promise<BatchDetails>;
  cancelBatch(batchId: string): Promise<BatchSummary>;
  retryBatch(batchId: string): Promise<BatchSummary>;
  deleteBatch(batchId: string): Promise<void>;
  /** Never retried: a repeat would ring the person twice. */
  placeOutboundCall(request: OutboundCallRequest): Promise<{ conversationId: string | null }>;
  getConversation(conversationId: string, options?: ReadOptions): Promise<Conversation>;
  getConversationAudio(conversationId: string): Promise<Uint8Array>;
}

export type BatchSubmitRequest =
  ElevenLabs.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost;

export interface OutboundCallRequest {
  provider: PhoneNumber['provider'];
  agentId: string;
  phoneNumberId: string;
  toNumber: string;
  clientData: ElevenLabs.ConversationInitiationClientDataRequestInput;
}

function loggingFetch(onRequest: GatewayOptions['onRequest']): typeof fetch {
  return async (input, init) => {
    const started = performance.now();
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    try {
      const response = await fetch(request);
      onRequest?.({
        method: request.method,
        path,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        requestId: response.headers.get('request-id') ?? response.headers.get('x-request-id'),
      });
      return response;
    } catch (error) {
      onRequest?.({
        method: request.method,
        path,
        status: null,
        durationMs: Math.round(performance.now() - started),
        requestId: null,
      });
      throw error;
    }
  };
}

export function createElevenLabsGateway(options: GatewayOptions): ElevenLabsGateway {
  const client = new ElevenLabsClient({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    timeoutInSeconds: options.timeoutSeconds ?? 30,
    maxRetries: NON_IDEMPOTENT_RETRIES,
    fetch: loggingFetch(options.onRequest),
  });
  const read = { maxRetries: IDEMPOTENT_RETRIES };
  const write = { maxRetries: NON_IDEMPOTENT_RETRIES };
  const readWith = (options: ReadOptions = {}) =>
    options.retry === false ? { maxRetries: 0 } : read;
  const batches = client.conversationalAi.batchCalls;

  return {
    async getAccountLabel() {
      const user: ElevenLabs.User = await client.user.get(read);
      const name = [user.firstName].filter(Boolean).join(' ');
      return name || user.userId || null;
    },
    async listAgents({ search, cursor, pageSize }) {
      const page = await client.conversationalAi.agents.list(
        { pageSize: pageSize ?? 30, ...(search ? { search } : {}), ...(cursor ? { cursor } : {}) },
        read,
      );
      return {
        agents: page.agents.map(toAgentSummary),
        nextCursor: page.hasMore && page.nextCursor ? page.nextCursor : null,
      };
    },
    async getAgent(agentId) {
      return toAgentDetails(await client.conversationalAi.agents.get(agentId, {}, read));
    },
    async listPhoneNumbers() {
      const numbers = await client.conversationalAi.phoneNumbers.list({}, read);
      return numbers.map(toPhoneNumber);
    },
    async submitBatch(request) {
      return toBatchSummary(await batches.create(request, write));
    },
    async listBatches({ limit, cursor }) {
      const page = await batches.list(
        { limit: limit ?? 30, ...(cursor ? { lastDoc: cursor } : {}) },
        read,
      );
      return {
        batches: page.batchCalls.map(toBatchSummary),
        nextCursor: page.hasMore && page.nextDoc ? page.nextDoc : null,
      };
    },
    async getBatch(batchId, options) {
      return toBatchDetails(await batches.get(batchId, readWith(options)));
    },
    async cancelBatch(batchId) {
      return toBatchSummary(await batches.cancel(batchId, write));
    },
    async retryBatch(batchId) {
      return toBatchSummary(await batches.retry(batchId, write));
    },
    async deleteBatch(batchId) {
      await batches.delete(batchId, read);
    },
    async placeOutboundCall({ provider, agentId, phoneNumberId, toNumber, clientData }) {
      const body = {
        agentId,
        agentPhoneNumberId: phoneNumberId,
        toNumber,
        conversationInitiationClientData: clientData,
      };
      // The endpoint must match the number's provider, or ElevenLabs refuses the call.
      const response =
        provider === 'sip_trunk'
          ? await client.conversationalAi.sipTrunk.outboundCall(body, write)
          : await client.conversationalAi.twilio.outboundCall(body, write);
      return { conversationId: response.conversationId ?? null };
    },
    async getConversation(conversationId, options) {
      return toConversation(
        await client.conversationalAi.conversations.get(conversationId, {}, readWith(options)),
      );
    },
    async getConversationAudio(conversationId) {
      const stream = await client.conversationalAi.conversations.audio.get(conversationId, read);
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
  };
}
