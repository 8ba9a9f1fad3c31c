import { ElevenLabsClient, type ElevenLabs } from '@elevenlabs/elevenlabs-js';
import type { AgentDetails, AgentPage } from '../../../../shared/domain/agents/agent';
import type { PhoneNumber } from '../../../../shared/domain/workspace';
import { toAgentDetails, toAgentSummary, toPhoneNumber } from './agent-mapping';

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

export interface ElevenLabsGateway {
  getAccountLabel(): Promise<string | null>;
  listAgents(request: { search?: string; cursor?: string; pageSize?: number }): Promise<AgentPage>;
  getAgent(agentId: string): Promise<AgentDetails>;
  listPhoneNumbers(): Promise<PhoneNumber[]>;
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
  };
}
