import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OutcomeScript } from './calls/outcome-script';
import { SandboxClock } from './clock';
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
  /**
   * Sandbox seconds per real second: 1 (default) for the app's "Try the sandbox", 0 to
   * freeze time so a test moves it only with `clock.advance()`, or e.g. 30 to run fast.
   */
  timeScale?: number;
  /** Where sandbox time starts (ms since the epoch); default: now. */
  startAtMs?: number;
}

export interface SandboxServer {
  /** e.g. `http://127.0.0.1:54321`, no trailing slash. */
  url: string;
  apiKey: string;
  faults: FaultController;
  /** Sandbox time: `advance(seconds)`, `setTimeScale(x)`, `now()`. */
  clock: SandboxClock;
  /** How calls end, per destination number: `script.outcome('+48…', { status: 'failed' })`. */
  script: OutcomeScript;
  /** Back to the initial fixtures: no faults, batches, calls or scripted outcomes. */
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
  const clock = new SandboxClock({
    ...(options.timeScale !== undefined ? { timeScale: options.timeScale } : {}),
    ...(options.startAtMs !== undefined ? { startAtMs: options.startAtMs } : {}),
  });
  // Calls that became due are dialled before a script changes (so they keep the outcome in
  // force when they were due) and right after a clock jump (so a test sees them at once).
  const settle = () => workspace.calls.sync(clock.now());
  const script = new OutcomeScript(settle);
  const workspace = new Workspace(script);
  clock.onChange(settle);
  const faults = new FaultController();
  const reset = () => {
    workspace.reset();
    faults.clear();
    script.clear();
    clock.reset();
  };
  const context: SandboxContext = {
    workspace,
    faults,
    reset,
    now: () => clock.now(),
    clock,
    script,
  };
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

    const request = {
      method,
      path,
      params: match.params,
      query: url.searchParams,
      body: body.value,
    };

    if (!isControl) {
      const target = { method, path, permission: match.route.permission };
      const decision = faults.take(target);
      if (decision.delayMs > 0 && !(await holdBack(decision.delayMs, res))) return;
      if (decision.fault) {
        const outcome = faultOutcome(decision.fault, target);
        if (outcome.kind === 'respond') return reply(outcome.response);
        if (outcome.afterHandling) await runHandler(match.route, request, context);
        req.socket.destroy();
        return;
      }
    }

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
    clock,
    script,
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
