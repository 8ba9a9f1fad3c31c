import { z } from 'zod';
import {
  FaultSpecSchema,
  InvalidFaultError,
  toValidationIssues,
  type FaultSpec,
} from './fault-spec';
import type { HttpMethod } from './http';
import type { ApiPermission } from './permissions';

export type ActiveFault = FaultSpec & {
  id: string;
  /** Matching requests it will still affect; null = until cleared. */
  remaining: number | null;
  /** Requests it has affected so far. */
  hits: number;
};

/** The request a fault is matched against. */
export interface FaultTarget {
  method: HttpMethod;
  path: string;
  /** Scope the matched endpoint requires, if the path is a known endpoint. */
  permission?: ApiPermission;
}

export interface FaultDecision {
  /** Hold the response back this long first (a `slow` fault). */
  delayMs: number;
  /** Answer with this fault instead of the real response. */
  fault?: ActiveFault;
}

export const DEFAULT_SLOW_DELAY_MS = 3000;

function normalizePath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : path;
}

function pathMatches(fault: FaultSpec, path: string): boolean {
  if (fault.path === undefined) return true;
  const wanted = normalizePath(fault.path);
  const actual = normalizePath(path);
  if (fault.match === 'exact') return actual === wanted;
  if (wanted === '/') return true;
  return actual === wanted || actual.startsWith(`${wanted}/`);
}

function matches(fault: ActiveFault, target: FaultTarget): boolean {
  if (fault.method !== undefined && fault.method !== target.method) return false;
  if (!pathMatches(fault, target.path)) return false;
  if (fault.kind === 'missing_permissions' && fault.permission !== undefined) {
    return fault.permission === target.permission;
  }
  return true;
}

function parseSpec(input: unknown, prefix: string[]): FaultSpec {
  const parsed = FaultSpecSchema.safeParse(input);
  if (!parsed.success) throw new InvalidFaultError(toValidationIssues(parsed.error, prefix));
  return parsed.data;
}

/**
 * Injected faults, consulted for every API request (never for the `/__sandbox` control
 * endpoints, so a test can always switch faults off again). Earlier faults win; a `slow`
 * fault combines with one other fault, so "slow, then 500" is expressible.
 */
export class FaultController {
  private active: ActiveFault[] = [];
  private sequence = 0;

  /** Adds a fault; throws InvalidFaultError for a spec the HTTP endpoint would reject. */
  inject(spec: FaultSpec): ActiveFault {
    const [created] = this.injectAll([spec]);
    if (!created) throw new InvalidFaultError([]);
    return created;
  }

  /** Adds several faults, all or none. */
  injectAll(specs: readonly FaultSpec[]): ActiveFault[] {
    const parsed = specs.map((spec, index) =>
      parseSpec(spec, specs.length > 1 ? [String(index)] : []),
    );
    const created = parsed.map((spec) => {
      this.sequence += 1;
      return { ...spec, id: `fault_${this.sequence}`, remaining: spec.count ?? null, hits: 0 };
    });
    this.active.push(...created);
    return created.map((fault) => ({ ...fault }));
  }

  /**
   * Parses what a browser test posts: one fault, a list of faults, or `{ "faults": [...] }`.
   * Validation errors are located under `body`, like FastAPI's.
   */
  injectFromJson(body: unknown): ActiveFault[] {
    if (Array.isArray(body)) {
      return this.injectAll(body.map((item, index) => parseSpec(item, ['body', String(index)])));
    }
    const wrapped = z.object({ faults: z.array(z.unknown()) }).safeParse(body);
    if (wrapped.success) {
      const items = wrapped.data.faults;
      if (items.length === 0) {
        throw new InvalidFaultError([
          { loc: ['body', 'faults'], msg: 'List should have at least 1 item', type: 'too_short' },
        ]);
      }
      return this.injectAll(
        items.map((item, index) => parseSpec(item, ['body', 'faults', String(index)])),
      );
    }
    return this.injectAll([parseSpec(body, ['body'])]);
  }

  remove(id: string): boolean {
    const before = this.active.length;
    this.active = this.active.filter((fault) => fault.id !== id);
    return this.active.length !== before;
  }

  clear(): void {
    this.active = [];
  }

  list(): ActiveFault[] {
    return this.active.map((fault) => ({ ...fault }));
  }

  /** Decides what happens to one request, and counts it against the faults it used. */
  take(target: FaultTarget): FaultDecision {
    const slow = this.active.find((fault) => fault.kind === 'slow' && matches(fault, target));
    const fault = this.active.find((item) => item.kind !== 'slow' && matches(item, target));
    for (const used of [slow, fault]) {
      if (!used) continue;
      used.hits += 1;
      if (used.remaining !== null) used.remaining -= 1;
    }
    this.active = this.active.filter((item) => item.remaining === null || item.remaining > 0);
    const delayMs = slow?.kind === 'slow' ? (slow.delayMs ?? DEFAULT_SLOW_DELAY_MS) : 0;
    return { delayMs, ...(fault ? { fault: { ...fault } } : {}) };
  }
}
