import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import {
  DraftContentSchema,
  type CampaignDraft,
  type DraftContent,
} from '../../../shared/domain/drafts/draft';
import { startConnectedHarness, type AppHarness } from '../support/app-harness';
import { person, saveDraft } from '../support/campaign-fixtures';
import { WARSAW_WEEKDAYS } from '../../unit/launch/launch-fixtures';

let app: AppHarness;

beforeEach(async () => {
  app = await startConnectedHarness();
});

afterEach(async () => {
  await app.close();
});

async function draftWith(content: Partial<DraftContent>): Promise<CampaignDraft> {
  return saveDraft(app, 'Spring reminders', content);
}

function sdk() {
  return new ElevenLabsClient({ baseUrl: app.live.url, apiKey: app.live.apiKey, maxRetries: 0 });
}

async function workspaceBatches() {
  return (await sdk().conversationalAi.batchCalls.list({ limit: 100 })).batchCalls;
}

const launchInput = (draft: CampaignDraft) => ({
  draftId: draft.id,
  baseRevision: draft.revision,
  excludedIds: [],
  averageCallSeconds: 90,
});

describe('launching a campaign', () => {
  it('submits one batch with each person’s variables, then makes the draft read-only', async () => {
    const draft = await draftWith({
      recipients: [
        person('a', '600 700 800', { variables: { _notes_for_agent_: 'Strzyżenie, jutro 18:00' } }),
        person('b', '+48 601 702 803', { variables: { _place_name_: 'Salon Bella Mokotów' } }),
      ],
      variables: { _place_name_: 'Salon Bella' },
    });
    const launched = await app.call('launchCampaign', launchInput(draft));
    expect(launched).toMatchObject({ ok: true, value: { skipped: 0 } });
    if (!launched.ok) return;
    expect(launched.value.batches).toHaveLength(1);

    const batch = await sdk().conversationalAi.batchCalls.get(launched.value.batches[0]?.id ?? '');
    expect(batch.agentId).toBe(SANDBOX_AGENT_IDS.salonBookingPl);
    const sent = batch.recipients.map((r) => ({
      phone: r.phoneNumber,
      variables: r.conversationInitiationClientData?.dynamicVariables,
    }));
    expect(sent).toEqual(
      expect.arrayContaining([
        {
          phone: '+48600700800',
          variables: expect.objectContaining({
            _notes_for_agent_: 'Strzyżenie, jutro 18:00',
            _place_name_: 'Salon Bella',
          }),
        },
        {
          phone: '+48601702803',
          variables: expect.objectContaining({ _place_name_: 'Salon Bella Mokotów' }),
        },
      ]),
    );

    const after = await app.call('getDraft', { id: draft.id });
    expect(after.ok && after.value.launch?.batchIds).toEqual([batch.id]);
    const edit = await app.call('saveDraft', {
      id: draft.id,
      baseRevision: after.ok ? after.value.revision : 0,
      content: { ...draft, name: 'Changed' },
    } as never);
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('never creates a second batch when the connection drops after ElevenLabs accepted it', async () => {
    const draft = await draftWith({ recipients: [person('a', '+48600700800')] });
    app.live.faults.inject({
      kind: 'drop',
      when: 'after',
      path: '/v1/convai/batch-calling/submit',
      count: 1,
    });
    const launched = await app.call('launchCampaign', launchInput(draft));
    expect(launched.ok).toBe(true);
    expect(await workspaceBatches()).toHaveLength(1);
  });

  it('refuses a second launch while the first is on its way, and after it', async () => {
    const draft = await draftWith({ recipients: [person('a', '+48600700800')] });
    const [first, second] = await Promise.all([
      app.call('launchCampaign', launchInput(draft)),
      app.call('launchCampaign', launchInput(draft)),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const again = await app.call('launchCampaign', launchInput(draft));
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await workspaceBatches()).toHaveLength(1);
  });

  it('leaves out numbers on the do-not-call list', async () => {
    const draft = await draftWith({
      recipients: [person('a', '+48600700800'), person('b', '+48601702803')],
    });
    const added = await app.call('addDoNotCall', {
      numbers: ['601 702 803'],
      defaultCountry: 'PL',
      note: 'Asked not to be called',
    });
    expect(added).toMatchObject({ ok: true, value: { added: 1 } });
    const launched = await app.call('launchCampaign', launchInput(draft));
    expect(launched).toMatchObject({ ok: true, value: { skipped: 1 } });
    const batches = await workspaceBatches();
    const batch = await sdk().conversationalAi.batchCalls.get(batches[0]?.id ?? '');
    expect(batch.recipients.map((r) => r.phoneNumber)).toEqual(['+48600700800']);
  });

  it('blocks launch while someone misses a value the agent needs, until they are left out', async () => {
    const agent = await app.call('getAgent', { agentId: SANDBOX_AGENT_IDS.deliveryPl });
    expect(agent.ok).toBe(true);
    if (!agent.ok) return;
    const required = agent.value.variables.filter(
      (name) => !(name in agent.value.variableDefaults),
    );
    expect(required.length).toBeGreaterThan(0);
    const complete = Object.fromEntries(required.map((name) => [name, 'x']));
    const draft = await draftWith({
      agent: { id: agent.value.id, name: agent.value.name },
      recipients: [
        person('ok', '+48600700800', { variables: complete }),
        person('missing', '+48601702803'),
      ],
    });
    const blocked = await app.call('launchCampaign', launchInput(draft));
    expect(blocked).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/1 person is missing a value/);
    expect(await workspaceBatches()).toHaveLength(0);

    const launched = await app.call('launchCampaign', {
      ...launchInput(draft),
      excludedIds: ['missing'],
    });
    expect(launched).toMatchObject({ ok: true, value: { skipped: 1 } });
  });

  it('lets nothing about people it leaves out hold the launch up', async () => {
    const agent = await app.call('getAgent', { agentId: SANDBOX_AGENT_IDS.deliveryPl });
    if (!agent.ok) throw new Error(agent.error.message);
    const required = agent.value.variables.filter(
      (name) => !(name in agent.value.variableDefaults),
    );
    const complete = Object.fromEntries(required.map((name) => [name, 'x']));
    const english = person('english', '+48602703804', { variables: complete });
    const draft = await draftWith({
      agent: { id: agent.value.id, name: agent.value.name },
      recipients: [
        person('ok', '+48600700800', { variables: complete }),
        // Misses every value, but asked never to be called.
        person('on-list', '+48601702803'),
        // This agent allows no overrides, and a language of one's own is one.
        { ...english, preferences: { ...english.preferences, language: 'en' } },
      ],
    });
    expect(
      await app.call('addDoNotCall', { numbers: ['601 702 803'], defaultCountry: 'PL' }),
    ).toMatchObject({ ok: true });

    const blocked = await app.call('launchCampaign', launchInput(draft));
    expect(blocked).toMatchObject({ ok: false, error: { code: 'validation' } });
    if (!blocked.ok) expect(blocked.error.message).toMatch(/language/);

    const launched = await app.call('launchCampaign', {
      ...launchInput(draft),
      excludedIds: ['english'],
    });
    expect(launched).toMatchObject({ ok: true, value: { skipped: 2 } });
    const batch = await sdk().conversationalAi.batchCalls.get(
      (await workspaceBatches())[0]?.id ?? '',
    );
    expect(batch.recipients.map((r) => r.phoneNumber)).toEqual(['+48600700800']);
  });

  it('plans batches inside each person’s own calling hours', async () => {
    const draft = await draftWith({
      schedule: WARSAW_WEEKDAYS,
      recipients: [
        person('warsaw', '+48600700800'),
        {
          ...person('new-york', '+12125550123'),
          preferences: {
            timezone: 'America/New_York',
            best_call_times: ['10:00-12:00'],
            blackout_dates: [],
          },
        },
      ],
    });
    const launched = await app.call('launchCampaign', launchInput(draft));
    expect(launched.ok).toBe(true);
    const batches = await workspaceBatches();
    expect(batches.map((batch) => batch.timezone).sort()).toEqual([
      'America/New_York',
      'Europe/Warsaw',
    ]);
    for (const batch of batches) expect(batch.scheduledTimeUnix).toBeGreaterThan(0);
  });
});

describe('a test call', () => {
  it('rings the typed number through the provider’s own endpoint and can be followed to its end', async () => {
    const draft = await draftWith({
      recipients: [
        person('a', '+48600700800', { variables: { _notes_for_agent_: 'Koloryzacja' } }),
      ],
    });
    app.live.script.outcome('+48512345678', {
      status: 'completed',
      callSuccessful: 'success',
      summary: 'Booked a colouring for Friday at 10:00.',
    });
    for (const phone of [SANDBOX_PHONE_NUMBER_IDS.twilioPl, SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt]) {
      const saved = await app.call('getDraft', { id: draft.id });
      if (!saved.ok) return;
      await app.call('saveDraft', {
        id: saved.value.id,
        baseRevision: saved.value.revision,
        content: {
          ...DraftContentSchema.parse(saved.value),
          phoneNumber: { id: phone, label: 'x', number: '+1' },
        },
      });
      const call = await app.call('placeTestCall', {
        draftId: draft.id,
        recipientId: 'a',
        toNumber: '512 345 678',
      });
      expect(call).toMatchObject({ ok: true, value: { toNumber: '+48512345678' } });
      if (!call.ok) return;
      app.live.clock.advance(120);
      const conversation = await app.call('getConversation', {
        conversationId: call.value.conversationId,
      });
      expect(conversation).toMatchObject({
        ok: true,
        value: {
          status: 'done',
          callSuccessful: 'success',
          summary: 'Booked a colouring for Friday at 10:00.',
        },
      });
      if (conversation.ok) expect(conversation.value.transcript.length).toBeGreaterThan(0);
    }
    expect(await app.call('getTestCallDefaults', {})).toEqual({
      ok: true,
      value: { ownPhoneNumber: '+48512345678' },
    });
  });
});
