import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/main/ipc/dispatch';
import { channelNames, channels } from '../../../shared/contract';

// Handlers that must never run: every input below has to be refused before reaching them.
const untouchable = Object.fromEntries(
  channelNames.map((name) => [
    name,
    async () => {
      throw new Error(`handler for ${name} ran on hostile input`);
    },
  ]),
) as unknown as Handlers;

function deeplyNested(depth: number): unknown {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = { nested: value };
  return value;
}

const hostileInputs: Array<[string, unknown]> = [
  ['a number', 42],
  ['a string', 'hello'],
  ['an array', [1, 2, 3]],
  ['a boolean', true],
  ['a prototype-pollution key', JSON.parse('{"__proto__": {"polluted": true}}')],
  ['a constructor key', { constructor: { prototype: { polluted: true } } }],
  ['an unknown field', { unexpectedField: 'x' }],
  ['deep nesting', deeplyNested(20_000)],
  ['a huge string field', { unexpectedField: 'x'.repeat(5_000_000) }],
];

describe('every channel refuses malformed and hostile input with a validation error', () => {
  for (const name of channelNames) {
    it(`${name}`, async () => {
      for (const [label, input] of hostileInputs) {
        const result = await dispatch(untouchable, name, input);
        expect(result, `${name} with ${label}`).toMatchObject({
          ok: false,
          error: { code: 'validation' },
        });
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('keeps serving well-formed requests afterwards', async () => {
    const handlers = {
      ...untouchable,
      getAppInfo: async () => ({ name: 'Callsheet', version: '1' }),
    } as Handlers;
    expect(await dispatch(handlers, 'getAppInfo', {})).toEqual({
      ok: true,
      value: { name: 'Callsheet', version: '1' },
    });
    expect(Object.keys(channels)).toEqual(channelNames);
  });
});
