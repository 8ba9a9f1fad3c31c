import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiErrors, SandboxHttpError } from './errors';
import { faultOutcome } from './fault-responses';
import { FaultController } from './faults';
import {
  BodyTooLargeError,
  HTTP_METHODS,
  isHttpMethod,
  readBody,
  send,
  sendPreflight,
  type SandboxResponse,
} from './http';
import { generateApiKey, isAuthorized } from './permissions';
import { RouteTable, type Route, type SandboxContext } from './router';
import { apiRoutes, CONTROL_PREFIX, controlRoutes } from './routes';
import { Workspace } from './workspace';

export interface SandboxServerOptions {
  /** Port on 127.0.0.1; default: a free one chosen by the OS. */
  port?: number;
  /** The one key the server accepts; default: a fresh random `sk_…` key. */
  apiKey?: string;
}

export interface SandboxServer {
  /** e.g. `http://127.0.0.1:54321`, no trailing slash. */
  url: string;
  apiKey: string;
  faults: FaultController;
  /** Back to the initial fixtures, no faults. */
  reset(): void;
  close(): Promise<void>;
}

// Generous: later endpoints take whole recipient lists.
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

function isControlPath(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

function parseJsonBody(raw: Buffer): { ok: true; value: unknown } | { ok: false; error: string } {
  if (raw.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw.toString('utf8')) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function runHandler(
  route: Route,
  request: Parameters<Route['handle']>[0],
  context: SandboxContext,
): Promise<SandboxResponse> {
  try {
    return await route.handle(request, context);
  } catch (error) {
    if (error instanceof SandboxHttpError) return error.response;
    return apiErrors.serverError();
  }
}

function listen(server: Server, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts a simulated ElevenLabs workspace on loopback. It speaks the real wire format, so
 * the official SDK (and its retries, timeouts and error paths) runs against it unchanged.
 */
export async function startSandboxServer(
  options: SandboxServerOptions = {},
): Promise<SandboxServer> {
  const apiKey = options.apiKey ?? generateApiKey();
  const workspace = new Workspace();
  const faults = new FaultController();
  const reset = () => {
    workspace.reset();
    faults.clear();
  };
  const context: SandboxContext = { workspace, faults, reset, now: () => Date.now() };
  const api = new RouteTable(apiRoutes);
  const control = new RouteTable(controlRoutes);
  // Pending `slow` delays, so close() does not wait for (or leak) them.
  const pendingDelays = new Set<() => void>();

  function holdBack(ms: number, res: ServerResponse): Promise<boolean> {
    return new Promise((resolve) => {
      const finish = (stillWanted: boolean) => {
        clearTimeout(timer);
        res.off('close', onClientGone);
        pendingDelays.delete(cancel);
        resolve(stillWanted && !res.destroyed);
      };
      const onClientGone = () => finish(false);
      const cancel = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      res.once('close', onClientGone);
      pendingDelays.add(cancel);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomBytes(16).toString('hex');
    const reply = (response: SandboxResponse) => send(res, response, requestId);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') return sendPreflight(res);

    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const isControl = isControlPath(path);
    const table = isControl ? control : api;
    if (!isHttpMethod(method)) return reply(apiErrors.methodNotAllowed(HTTP_METHODS));

    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, BODY_LIMIT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return reply(apiErrors.payloadTooLarge());
      throw error;
    }

    // Like FastAPI, unknown routes are answered before authentication runs.
    const match = table.match(method, path);
    if (match.kind === 'not_found') return reply(apiErrors.routeNotFound());
    if (match.kind === 'method_not_allowed')
      return reply(apiErrors.methodNotAllowed(match.allowed));
    if (!isAuthorized(req.headers['xi-api-key'], apiKey)) return reply(apiErrors.invalidApiKey());

    const body = parseJsonBody(rawBody);
    if (!body.ok) return reply(apiErrors.invalidJson(body.error));

    if (!isControl) {
      const target = { method, path, permission: match.route.permission };
      const decision = faults.take(target);
      if (decision.delayMs > 0 && !(await holdBack(decision.delayMs, res))) return;
      if (decision.fault) {
        const outcome = faultOutcome(decision.fault, target);
        if (outcome.kind === 'drop') {
          req.socket.destroy();
          return;
        }
        return reply(outcome.response);
      }
    }

    const request = {
      method,
      path,
      params: match.params,
      query: url.searchParams,
      body: body.value,
    };
    reply(await runHandler(match.route, request, context));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, apiErrors.serverError(), 'unhandled'));
  });
  // Malformed requests must not take the sandbox down mid-test.
  server.on('clientError', (_error, socket) => socket.destroy());

  const address = await listen(server, options.port ?? 0);
  let closing: Promise<void> | undefined;

  return {
    url: `http://127.0.0.1:${address.port}`,
    apiKey,
    faults,
    reset,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        for (const cancel of [...pendingDelays]) cancel();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
