import type { OutcomeScript } from './calls/outcome-script';
import type { SandboxClock } from './clock';
import type { FaultController } from './faults';
import type { HttpMethod, SandboxResponse } from './http';
import type { ApiPermission } from './permissions';
import type { Workspace } from './workspace';

/** Everything a handler may touch; handlers never see the socket or the key. */
export interface SandboxContext {
  workspace: Workspace;
  faults: FaultController;
  /** Back to the initial fixtures and no faults. */
  reset(): void;
  /** Sandbox time in ms since the epoch (clock.now()); read it once per request. */
  now(): number;
  clock: SandboxClock;
  /** Scripted call outcomes per destination number. */
  script: OutcomeScript;
}

export interface RouteRequest {
  method: HttpMethod;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export interface Route {
  method: HttpMethod;
  /** Path pattern; `:name` segments become `params.name`, e.g. `/v1/convai/agents/:agent_id`. */
  path: string;
  /** The key scope ElevenLabs requires for this endpoint. */
  permission?: ApiPermission;
  handle(
    request: RouteRequest,
    context: SandboxContext,
  ): SandboxResponse | Promise<SandboxResponse>;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: HttpMethod[] }
  | { kind: 'not_found' };

interface CompiledRoute {
  route: Route;
  segments: string[];
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i] ?? '';
    const given = actual[i] ?? '';
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(given);
      } catch {
        return null;
      }
    } else if (expected !== given) {
      return null;
    }
  }
  return params;
}

/** A flat route table: adding an endpoint is adding one entry, nothing else changes. */
export class RouteTable {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map((route) => ({ route, segments: splitPath(route.path) }));
  }

  match(method: HttpMethod, path: string): RouteMatch {
    const actual = splitPath(path);
    const allowed: HttpMethod[] = [];
    for (const { route, segments } of this.compiled) {
      const params = matchSegments(segments, actual);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
  }
}
