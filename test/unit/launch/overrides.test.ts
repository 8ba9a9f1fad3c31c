import { describe, expect, it } from 'vitest';
import {
  findDisallowedOverrides,
  prepareCall,
  createLaunchContext,
} from '../../../shared/domain/launch';
import type { AgentDetails } from '../../../shared/domain/agents/agent';
import type { StoredRecipient } from '../../../shared/domain/recipients';
import { agent, ALL_OVERRIDES, draft, person } from './launch-fixtures';

const columns = (custom_fields: Record<string, string>) => ({ tags: [], custom_fields });

function overrideFor(details: AgentDetails, recipient: StoredRecipient) {
  const context = createLaunchContext(details, draft(), {});
  return prepareCall(context.normalize(recipient), context).conversationConfigOverride;
}

describe('per-recipient overrides', () => {
  const everyOverride = person('a', {
    preferences: { language: 'Italian', best_call_times: [], blackout_dates: [] },
    metadata: columns({
      'First message': 'Ciao {{nome}}!',
      system_prompt: 'You are Giulia.',
      'Voice-ID': 'voice_123',
    }),
    variables: { nome: 'Marco' },
  });

  it('sends every override as the SDK spells it when the agent allows them', () => {
    expect(overrideFor(agent({ overrides: ALL_OVERRIDES }), everyOverride)).toEqual({
      agent: {
        language: 'it',
        firstMessage: 'Ciao {{nome}}!',
        prompt: { prompt: 'You are Giulia.' },
      },
      tts: { voiceId: 'voice_123' },
    });
  });

  it('sends only the overrides the agent allows', () => {
    const onlyVoice = agent({
      overrides: { ...ALL_OVERRIDES, firstMessage: false, language: false, systemPrompt: false },
    });
    expect(overrideFor(onlyVoice, everyOverride)).toEqual({ tts: { voiceId: 'voice_123' } });
    expect(overrideFor(agent(), everyOverride)).toBeUndefined();
  });

  it('needs no language override when the person speaks the agent’s language', () => {
    const polish = person('a', {
      preferences: { language: 'pl', best_call_times: [], blackout_dates: [] },
    });
    expect(
      overrideFor(agent({ language: 'pl', overrides: ALL_OVERRIDES }), polish),
    ).toBeUndefined();
    expect(
      findDisallowedOverrides(agent({ language: 'pl' }), draft({ recipients: [polish] }), {}),
    ).toEqual([]);
  });

  it('reads override columns from variables too, unless the agent uses that name itself', () => {
    const recipient = person('a', { variables: { first_message: 'Hello there' } });
    expect(overrideFor(agent({ overrides: ALL_OVERRIDES }), recipient)).toEqual({
      agent: { firstMessage: 'Hello there' },
    });
    const usesIt = agent({ overrides: ALL_OVERRIDES, variables: ['first_message'] });
    expect(overrideFor(usesIt, recipient)).toBeUndefined();
  });

  it('ignores blank override cells', () => {
    const blank = person('a', { metadata: columns({ first_message: '  ', voice_id: '' }) });
    expect(overrideFor(agent({ overrides: ALL_OVERRIDES }), blank)).toBeUndefined();
  });
});

describe('findDisallowedOverrides', () => {
  it('explains, per override, that the agent does not allow it and what to do', () => {
    const recipients = [
      person('a', { metadata: columns({ first_message: 'Hi!' }) }),
      person('b', {
        metadata: columns({ first_message: 'Hello!', voice_id: 'v1' }),
        preferences: { language: 'it', best_call_times: [], blackout_dates: [] },
      }),
      person('c', { preferences: { language: 'en', best_call_times: [], blackout_dates: [] } }),
    ];
    const result = findDisallowedOverrides(agent({ language: 'pl' }), draft({ recipients }));
    expect(
      result.map(({ override, recipientIds, count }) => ({ override, recipientIds, count })),
    ).toEqual([
      { override: 'language', recipientIds: ['b', 'c'], count: 2 },
      { override: 'firstMessage', recipientIds: ['a', 'b'], count: 2 },
      { override: 'voiceId', recipientIds: ['b'], count: 1 },
    ]);
    expect(result[0]?.message).toBe(
      "2 people have a language (Italian, English) other than the agent's (Polish), but the agent does not allow a per-person language; ask its owner to enable “Language” overrides in the agent's Security settings, or clear their language.",
    );
    expect(result[1]?.message).toBe(
      "2 people have a “first_message” column value, but the agent does not allow a per-person first message; ask its owner to enable “First message” overrides in the agent's Security settings, or remove the column.",
    );
    expect(result[2]?.message).toContain('1 person has');
  });

  it('passes over the people the launch leaves out', () => {
    const recipients = [
      person('a', { metadata: columns({ first_message: 'Hi!' }) }),
      person('c', { preferences: { language: 'en', best_call_times: [], blackout_dates: [] } }),
    ];
    const result = findDisallowedOverrides(agent({ language: 'pl' }), draft({ recipients }), {
      leaveOut: new Set(['c']),
    });
    expect(result.map(({ override, count }) => ({ override, count }))).toEqual([
      { override: 'firstMessage', count: 1 },
    ]);
  });

  it('is empty when the agent allows everything asked for', () => {
    const recipients = [person('a', { metadata: columns({ system_prompt: 'Be brief.' }) })];
    const allowing = agent({ overrides: { ...ALL_OVERRIDES, firstMessage: false } });
    expect(findDisallowedOverrides(allowing, draft({ recipients }))).toEqual([]);
  });
});
