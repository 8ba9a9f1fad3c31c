import type { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import * as serialization from '@elevenlabs/elevenlabs-js/serialization';
import { describe, expect, it } from 'vitest';
import {
  batchRequestKey,
  batchRequestsFromCalls,
  buildBatchRequests,
  findShortKeyInName,
  prepareListCalls,
  type BatchRequests,
} from '../../../shared/domain/launch';
import { planCallingWindows, type LaunchPlan } from '../../../shared/domain/scheduling';
import { at, planInput } from '../scheduling/plan-fixtures';
import { agent, ALL_OVERRIDES, draft, person } from './launch-fixtures';

type SubmitRequest =
  ElevenLabs.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost;

const salon = agent({
  firstMessage: 'Buongiorno {{nome}}! {{system__time}}',
  prompt: 'Notes: {{_notes_for_agent_}}',
  variables: ['nome', '_notes_for_agent_'],
  variableDefaults: { _notes_for_agent_: 'none' },
});

function requestsOf(result: BatchRequests): SubmitRequest[] {
  return result.batches.map((batch) => batch.request);
}

/** The JSON the SDK would put on the wire; fails on any key the SDK does not know. */
function wire(request: SubmitRequest): unknown {
  return serialization.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost.jsonOrThrow(
    request,
    { unrecognizedObjectKeys: 'fail' },
  );
}

describe('buildBatchRequests', () => {
  it('builds one request for “now” in the shape the SDK sends', () => {
    const campaign = draft({
      recipients: [
        person('a', { phone_number: '600 700 800', variables: { nome: 'Giulia' } }),
        person('b', {
          phone_number: '+48 600 700 801',
          contact_info: { name: 'Marco' },
          variables: { _notes_for_agent_: 'VIP' },
        }),
      ],
    });
    const result = buildBatchRequests(campaign, salon, { nome: 'contact_info.name' }, 'now', {
      callNamePrefix: 'Spring promo',
      concurrency: 5,
    });
    const { key, shortKey } = batchRequestKey('draft_1', 7, 'now');
    const expected: SubmitRequest[] = [
      {
        callName: `Spring promo #${shortKey}`,
        agentId: 'agent_1',
        agentPhoneNumberId: 'phnum_1',
        targetConcurrencyLimit: 5,
        recipients: [
          {
            phoneNumber: '+48600700800',
            conversationInitiationClientData: {
              dynamicVariables: { nome: 'Giulia', _notes_for_agent_: 'none' },
            },
          },
          {
            phoneNumber: '+48600700801',
            conversationInitiationClientData: {
              dynamicVariables: { nome: 'Marco', _notes_for_agent_: 'VIP' },
            },
          },
        ],
      },
    ];
    expect(requestsOf(result)).toEqual(expected);
    expect(result.batches[0]).toMatchObject({ requestKey: key, shortKey, batchKey: 'now' });
    expect(result.skipped).toEqual([]);
    expect(wire(expected[0] as SubmitRequest)).toEqual({
      call_name: `Spring promo #${shortKey}`,
      agent_id: 'agent_1',
      agent_phone_number_id: 'phnum_1',
      target_concurrency_limit: 5,
      recipients: [
        {
          phone_number: '+48600700800',
          conversation_initiation_client_data: {
            dynamic_variables: { nome: 'Giulia', _notes_for_agent_: 'none' },
          },
        },
        {
          phone_number: '+48600700801',
          conversation_initiation_client_data: {
            dynamic_variables: { nome: 'Marco', _notes_for_agent_: 'VIP' },
          },
        },
      ],
    });
  });

  it('schedules a single batch at a given moment in a time zone', () => {
    const start = Math.floor(at('2026-12-01T09:30', 'Europe/Warsaw') / 1000);
    const campaign = draft({ recipients: [person('a', { variables: { nome: 'Anna' } })] });
    const result = buildBatchRequests(
      campaign,
      salon,
      {},
      { at: start, timezone: 'europe/warsaw' },
      { callNamePrefix: 'Spring promo' },
    );
    const [request] = requestsOf(result);
    expect(request).toMatchObject({ scheduledTimeUnix: start, timezone: 'Europe/Warsaw' });
    expect(request?.callName).toMatch(
      /^Spring promo — Europe\/Warsaw, Tue 1 Dec 09:30 #[0-9a-f]{8}$/,
    );
    expect(request && 'targetConcurrencyLimit' in request).toBe(false);
  });

  it('sends overrides the agent allows, with variables their texts use', () => {
    const open = { ...salon, overrides: ALL_OVERRIDES };
    const campaign = draft({
      recipients: [
        person('a', {
          variables: { nome: 'Giulia', pet: 'Fido' },
          preferences: { language: 'it', best_call_times: [], blackout_dates: [] },
          metadata: {
            tags: [],
            custom_fields: { first_message: 'Ciao {{nome}}, e {{pet}}?', voice_id: 'v_it' },
          },
        }),
      ],
    });
    const [request] = requestsOf(
      buildBatchRequests(campaign, open, {}, 'now', { callNamePrefix: 'X' }),
    );
    const recipient = request?.recipients[0];
    expect(recipient?.conversationInitiationClientData).toEqual({
      dynamicVariables: { nome: 'Giulia', _notes_for_agent_: 'none', pet: 'Fido' },
      conversationConfigOverride: {
        agent: { language: 'it', firstMessage: 'Ciao {{nome}}, e {{pet}}?' },
        tts: { voiceId: 'v_it' },
      },
    });
    expect(wire(request as SubmitRequest)).toMatchObject({
      recipients: [
        {
          conversation_initiation_client_data: {
            conversation_config_override: {
              agent: { language: 'it', first_message: 'Ciao {{nome}}, e {{pet}}?' },
              tts: { voice_id: 'v_it' },
            },
          },
        },
      ],
    });
  });

  it('leaves out the invalid, excluded, do-not-call and incomplete, saying why', () => {
    const campaign = draft({
      recipients: [
        person('ok', { phone_number: '600 700 800', variables: { nome: 'A' } }),
        person('bad', { phone_number: '12', variables: { nome: 'B' } }),
        person('dnc', { phone_number: '0048 600 700 801', variables: { nome: 'C' } }),
        person('out', { phone_number: '600 700 802', variables: { nome: 'D' } }),
        person('gap', { phone_number: '600 700 803' }),
        person('ok', { phone_number: '600 700 804', variables: { nome: 'E' } }),
      ],
    });
    const result = buildBatchRequests(campaign, salon, {}, 'now', {
      callNamePrefix: 'X',
      doNotCall: new Set(['+48600700801']),
      excludedIds: new Set(['out']),
    });
    expect(result.batches.map((batch) => batch.recipientIds)).toEqual([['ok']]);
    expect(result.skipped.map(({ recipientId, reason }) => [recipientId, reason])).toEqual([
      ['bad', 'invalid'],
      ['dnc', 'do_not_call'],
      ['out', 'excluded'],
      ['gap', 'missing_values'],
      ['ok', 'duplicate_id'],
    ]);
    expect(result.skipped[3]?.detail).toBe('No value for 1 variable: nome.');
  });

  it('makes nothing to submit when nobody can be called', () => {
    const result = buildBatchRequests(draft({ recipients: [person('gap')] }), salon, {}, 'now', {
      callNamePrefix: 'X',
    });
    expect(result.batches).toEqual([]);
  });

  it('refuses a moment in an unknown time zone', () => {
    expect(() =>
      buildBatchRequests(
        draft(),
        salon,
        {},
        { at: 1_800_000_000, timezone: 'Mars/Olympus' },
        {
          callNamePrefix: 'X',
        },
      ),
    ).toThrow('Unknown time zone');
  });

  it('refuses to build without a phone number to call from', () => {
    expect(() =>
      buildBatchRequests(draft({ phoneNumber: null }), salon, {}, 'now', { callNamePrefix: 'X' }),
    ).toThrow('Choose the phone number');
  });
});

describe('multi-batch plans', () => {
  const warsaw = (id: string, phone: string) =>
    person(id, {
      phone_number: phone,
      variables: { nome: id },
      preferences: { timezone: 'Europe/Warsaw', best_call_times: [], blackout_dates: [] },
    });
  const rome = (id: string, phone: string) =>
    person(id, {
      phone_number: phone,
      variables: { nome: id },
      preferences: {
        timezone: 'Europe/Rome',
        best_call_times: ['14:00-16:00'],
        blackout_dates: [],
      },
    });
  const campaign = draft({
    recipients: [
      warsaw('w1', '600 700 801'),
      rome('r1', '+39 347 123 4567'),
      warsaw('w2', '600 700 802'),
      person('unplannable', {
        phone_number: '600 700 803',
        variables: { nome: 'x' },
        preferences: { best_call_times: ['23:30-23:31'], blackout_dates: [] },
      }),
    ],
  });
  const plan: LaunchPlan = planCallingWindows(
    planInput({
      now: at('2026-03-30T06:00', 'Europe/Warsaw'),
      recipients: campaign.recipients.map((recipient) => ({
        id: recipient.id,
        timezone: recipient.preferences.timezone,
        bestCallTimes: recipient.preferences.best_call_times,
      })),
      concurrency: 1,
      averageCallSeconds: 180,
      defaults: { callingHours: ['09:00-09:03'] },
    }),
  );

  it('makes one request per planned batch, numbered and keyed, in start order', () => {
    const result = buildBatchRequests(campaign, salon, {}, plan, {
      callNamePrefix: 'Spring promo',
      concurrency: 1,
    });
    expect(result.batches.map((batch) => batch.batchKey)).toEqual([
      'Europe/Warsaw|2026-03-30|09:00-09:03',
      'Europe/Rome|2026-03-30|14:00-16:00',
      'Europe/Warsaw|2026-03-31|09:00-09:03',
    ]);
    expect(result.batches.map((batch) => batch.recipientIds)).toEqual([['w1'], ['r1'], ['w2']]);
    const names = requestsOf(result).map((request) => request.callName);
    expect(names[0]).toMatch(
      /^Spring promo — Europe\/Warsaw, Mon 30 Mar 09:00 \(1\/3\) #[0-9a-f]{8}$/,
    );
    expect(names[1]).toMatch(/^Spring promo — Europe\/Rome, Mon 30 Mar 14:00 \(2\/3\) #/);
    expect(names[2]).toMatch(/^Spring promo — Europe\/Warsaw, Tue 31 Mar 09:00 \(3\/3\) #/);
    for (const [index, batch] of result.batches.entries()) {
      const planned = plan.batches.find((entry) => entry.key === batch.batchKey);
      expect(batch.request).toMatchObject({
        scheduledTimeUnix: planned?.startUnixSeconds,
        timezone: planned?.timezone,
        targetConcurrencyLimit: 1,
      });
      expect(findShortKeyInName(names[index] ?? '')).toBe(batch.shortKey);
      expect(batch.requestKey).toBe(batchRequestKey('draft_1', 7, batch.batchKey).key);
      expect(() => wire(batch.request)).not.toThrow();
    }
    expect(result.skipped).toEqual([
      {
        recipientId: 'unplannable',
        reason: 'not_scheduled',
        detail: expect.stringContaining('too short'),
      },
    ]);
  });

  it('drops batches whose people are all left out and renumbers the rest', () => {
    const result = buildBatchRequests(campaign, salon, {}, plan, {
      callNamePrefix: 'Spring promo',
      excludedIds: new Set(['r1']),
    });
    expect(result.batches.map((batch) => [batch.position, batch.total])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('builds from one list’s calls worked out once, whatever the timing and who is left out', () => {
    const calls = prepareListCalls(campaign, salon, {});
    const changes = [
      { timing: plan, options: { callNamePrefix: 'Spring promo' } },
      {
        timing: 'now' as const,
        options: { callNamePrefix: 'Spring promo', excludedIds: new Set(['w2']) },
      },
      {
        timing: plan,
        options: { callNamePrefix: 'Spring promo', doNotCall: new Set(['+48600700801']) },
      },
    ];
    for (const { timing, options } of changes) {
      expect(batchRequestsFromCalls(calls, campaign, timing, options)).toEqual(
        buildBatchRequests(campaign, salon, {}, timing, options),
      );
    }
    const edited = { ...campaign, recipients: campaign.recipients.slice(1) };
    expect(() => batchRequestsFromCalls(calls, edited, plan, { callNamePrefix: 'X' })).toThrow(
      'another list',
    );
  });

  it('gives the same keys for the same draft revision, and new ones for a new revision', () => {
    const again = buildBatchRequests(campaign, salon, {}, plan, { callNamePrefix: 'Spring promo' });
    const first = buildBatchRequests(campaign, salon, {}, plan, { callNamePrefix: 'Spring promo' });
    expect(again.batches.map((batch) => batch.requestKey)).toEqual(
      first.batches.map((batch) => batch.requestKey),
    );
    const edited = buildBatchRequests({ ...campaign, revision: 8 }, salon, {}, plan, {
      callNamePrefix: 'Spring promo',
    });
    const before = new Set(first.batches.map((batch) => batch.requestKey));
    expect(edited.batches.some((batch) => before.has(batch.requestKey))).toBe(false);
  });
});

describe('batch names', () => {
  it('finds the short key only in names Callsheet gave', () => {
    expect(findShortKeyInName('Spring promo (1/3) #0a1b2c3d')).toBe('0a1b2c3d');
    expect(findShortKeyInName('Spring promo #1')).toBeUndefined();
    expect(findShortKeyInName('Made in the dashboard')).toBeUndefined();
  });
});
