import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/main/ipc/dispatch';
import { registerIpc } from '../../../electron/main/ipc/register-ipc.electron';
import { channelNames, type ChannelName } from '../../../shared/contract';
import { APP_PAGE, fakeIpcMain, fromAppPage } from './fake-ipc-main';
import { validInputs } from './valid-inputs';

// Every request below comes from the app's own page, through the same adapter as in the app: the
// question is what main does when that page sends garbage (a bug, or a compromised renderer).

type Path = Array<string | number>;
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];
const HUGE = 'x'.repeat(25_000_000); // over every limit in the contract (the largest is 20 MB)

function deeplyNested(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
}

/** An own property, as JSON.parse or Electron's structured clone would make it: never a setter. */
function withKey(target: object, key: string, value: unknown): object {
  return Object.defineProperty({ ...target }, key, { value, enumerable: true, writable: true });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function children(value: unknown): Array<[string | number, unknown]> {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  return isRecord(value) ? Object.entries(value) : [];
}

/** Every place in a request a value sits, depth first, the request itself first. */
function paths(value: unknown, at: Path = []): Path[] {
  return [at, ...children(value).flatMap(([key, child]) => paths(child, [...at, key]))];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    value,
  );
}

function replaceAt(value: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = replaceAt(copy[key], rest, replacement);
  return copy;
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 12_345;
  if (typeof value === 'number') return '12345';
  return Array.isArray(value) ? { length: 1 } : ['x'];
}

function where(path: Path): string {
  return path.length > 0 ? path.join('.') : '(the request)';
}

/** Requests that must be refused: each one spoils one thing of the well-formed request. */
function spoiled(valid: unknown): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [
    ['a number', 42],
    ['a string', 'hello'],
    ['an array', [valid]],
    ['a boolean', true],
    ['a huge string', HUGE],
    ['deep nesting', deeplyNested(20_000)],
    ['an unknown field', { ...(valid as object), unexpectedField: 'x' }],
    ...POLLUTION_KEYS.map((key): [string, unknown] => [
      `a ${key} key`,
      withKey(valid as object, key, { polluted: true }),
    ]),
  ];
  for (const path of paths(valid).slice(1)) {
    const field = where(path);
    cases.push([`${field} of the wrong type`, replaceAt(valid, path, wrongType)]);
    if (path.length === 1) {
      cases.push([`${field} as a huge string`, replaceAt(valid, path, () => HUGE)]);
      cases.push([`${field} nested deeply`, replaceAt(valid, path, () => deeplyNested(20_000))]);
    }
  }
  return cases;
}

/** Keys the contract never declares, added to each object inside the request. */
function smuggled(valid: unknown): Array<[string, unknown]> {
  return paths(valid)
    .slice(1)
    .filter((path) => isRecord(valueAt(valid, path)))
    .flatMap((path) =>
      ['unexpectedField', ...POLLUTION_KEYS].map((key): [string, unknown] => [
        `${key} inside ${where(path)}`,
        replaceAt(valid, path, (object) => withKey(object as object, key, { polluted: true })),
      ]),
    );
}

/** True when nothing of `value` carries a smuggled key or an unusual prototype. */
function isClean(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isClean);
  if (typeof value !== 'object' || value === null) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.getOwnPropertyNames(value);
  if (keys.some((key) => key === 'unexpectedField' || POLLUTION_KEYS.includes(key))) return false;
  return Object.values(value).every(isClean);
}

function fuzzedApp() {
  const received: unknown[] = [];
  const handlers = Object.fromEntries(
    channelNames.map((name) => [
      name,
      async (input: unknown) => {
        received.push(input);
        return { name: 'Callsheet', version: '1.0.0' };
      },
    ]),
  ) as unknown as Handlers;
  const ipc = fakeIpcMain();
  registerIpc(ipc.registry, handlers, () => APP_PAGE, {});
  const send = (name: ChannelName, input: unknown) => ipc.invoke(name, fromAppPage(), input);
  return { send, received };
}

describe('every channel, through the IPC adapter, refuses malformed and hostile input', () => {
  for (const name of channelNames) {
    it(name, async () => {
      const { send, received } = fuzzedApp();
      for (const [label, input] of spoiled(validInputs[name])) {
        expect(await send(name, input), `${name} with ${label}`).toMatchObject({
          ok: false,
          error: { code: 'validation' },
        });
      }
      expect(received).toEqual([]);

      // Nested objects that are not strict drop unknown keys instead: either way, none of them
      // reaches the handler.
      for (const [label, input] of smuggled(validInputs[name])) {
        const before = received.length;
        const result = await send(name, input);
        if (received.length === before) {
          expect(result, `${name} with ${label}`).toMatchObject({ error: { code: 'validation' } });
        } else {
          expect(isClean(received.at(-1)), `${name} with ${label} reached the handler`).toBe(true);
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    });
  }

  it('keeps serving every channel’s well-formed request afterwards', async () => {
    const { send, received } = fuzzedApp();
    for (const name of channelNames) await send(name, validInputs[name]);
    expect(received).toHaveLength(channelNames.length);
    expect(await send('getAppInfo', {})).toEqual({
      ok: true,
      value: { name: 'Callsheet', version: '1.0.0' },
    });
  });
});
