import { describe, expect, it, vi } from 'vitest';
import { dispatch, type Handlers } from '../../../electron/main/ipc/dispatch';
import { AppError, channelNames } from '../../../shared/contract';

const agent = {
  id: 'agent_1',
  name: 'Salon',
  language: 'pl',
  firstMessage: 'Dzień dobry',
  prompt: '',
  variables: [],
  variableDefaults: {},
  overrides: { firstMessage: false, language: false, systemPrompt: false, voiceId: false },
};

function handlers(overrides: Partial<Handlers>): Handlers {
  const unexpected = async () => {
    throw new Error('not used in this test');
  };
  const all = Object.fromEntries(
    channelNames.map((name) => [name, unexpected]),
  ) as unknown as Handlers;
  return {
    ...all,
    getAppInfo: async () => ({ name: 'Callsheet', version: '1.0.0' }),
    getAgent: async () => agent,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('runs the handler with parsed input and returns its output', async () => {
    const getAgent = vi.fn(async () => agent);
    const result = await dispatch(handlers({ getAgent }), 'getAgent', { agentId: '  agent_1 ' });
    expect(result).toEqual({ ok: true, value: agent });
    expect(getAgent).toHaveBeenCalledWith({ agentId: 'agent_1' });
  });

  it('answers a malformed input with a validation error naming the field', async () => {
    const result = await dispatch(handlers({}), 'getAgent', { agentId: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { field: 'agentId' } },
    });
    if (!result.ok) expect(result.error.message).toMatch(/^agentId: /);
  });

  it('refuses fields the contract does not declare', async () => {
    const result = await dispatch(handlers({}), 'getAgent', { agentId: 'a', __proto__x: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses channels that do not exist, including inherited names', async () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(handlers({}), name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_channel' },
      });
    }
  });

  it('passes AppErrors through and hides unexpected errors behind a generic message', async () => {
    const onUnexpectedError = vi.fn();
    const failing = handlers({
      getAgent: async () => {
        throw new AppError('not_found', 'Gone.');
      },
      getAppInfo: async () => {
        throw new Error('secret internals');
      },
    });
    expect(await dispatch(failing, 'getAgent', { agentId: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Gone.' },
    });
    const hidden = await dispatch(failing, 'getAppInfo', {}, { onUnexpectedError });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret internals');
    expect(onUnexpectedError).toHaveBeenCalledOnce();
  });

  it('strips anything a handler returns beyond the contract', async () => {
    const leaky = handlers({
      getAppInfo: async () => ({ name: 'Callsheet', version: '1', apiKey: 'sk_live' }) as never,
    });
    const result = await dispatch(leaky, 'getAppInfo', {});
    expect(result).toEqual({ ok: true, value: { name: 'Callsheet', version: '1' } });
  });
});
