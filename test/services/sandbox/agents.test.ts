import { ElevenLabs, type ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import { SANDBOX_AGENT_IDS } from '../../../electron/main/services/sandbox';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

const AGENT_ID = /^agent_[a-z0-9]{26}$/;

async function listAll(
  client: ElevenLabsClient,
  request: ElevenLabs.conversationalAi.AgentsListRequest,
): Promise<{
  pages: ElevenLabs.GetAgentsPageResponseModel[];
  agents: ElevenLabs.AgentSummaryResponseModel[];
}> {
  const pages: ElevenLabs.GetAgentsPageResponseModel[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversationalAi.agents.list({
      ...request,
      ...(cursor ? { cursor } : {}),
    });
    pages.push(page);
    cursor = page.hasMore ? page.nextCursor : undefined;
    expect(pages.length).toBeLessThan(50);
  } while (cursor);
  return { pages, agents: pages.flatMap((page) => page.agents) };
}

/** The placeholder names used in a text, `{{name}}` → `name`. */
function placeholdersIn(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\{\{\s*([\w]+)\s*\}\}/g)].map((match) => match[1] ?? '');
}

function declaredPlaceholders(agent: ElevenLabs.GetAgentResponseModel): Record<string, unknown> {
  const variables = agent.conversationConfig.agent?.dynamicVariables;
  if (typeof variables !== 'object' || variables === null) return {};
  const declared: unknown = Reflect.get(variables, 'dynamic_variable_placeholders');
  return typeof declared === 'object' && declared !== null ? { ...declared } : {};
}

describe('sandbox agents', () => {
  const sandbox = useSandbox();
  const client = () => sdkClient(sandbox());

  it('pages through every agent with the cursor, each exactly once', async () => {
    const { pages, agents } = await listAll(client(), { pageSize: 10 });

    expect(agents.length).toBeGreaterThanOrEqual(35);
    expect(pages.length).toBe(Math.ceil(agents.length / 10));
    expect(pages.slice(0, -1).every((page) => page.agents.length === 10 && page.hasMore)).toBe(
      true,
    );
    expect(pages.at(-1)?.hasMore).toBe(false);
    expect(pages.at(-1)?.nextCursor).toBeUndefined();
    const ids = agents.map((agent) => agent.agentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(AGENT_ID);
  });

  it('returns 30 agents by default, newest first, with the hand-written ones on top', async () => {
    const page = await client().conversationalAi.agents.list();

    expect(page.agents).toHaveLength(30);
    expect(page.hasMore).toBe(true);
    const created = page.agents.map((agent) => agent.createdAtUnixSecs);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(
      page.agents
        .slice(0, 4)
        .map((agent) => agent.agentId)
        .sort(),
    ).toEqual(Object.values(SANDBOX_AGENT_IDS).sort());
  });

  it('serves up to 100 per page and rejects more with a FastAPI 422', async () => {
    const all = await client().conversationalAi.agents.list({ pageSize: 100 });
    expect(all.hasMore).toBe(false);

    const error = await sdkFailure(client().conversationalAi.agents.list({ pageSize: 101 }));

    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(error.body).toMatchObject({
      detail: [{ loc: ['query', 'page_size'], type: 'less_than_equal' }],
    });
  });

  it('searches names case-insensitively, and pages through search results', async () => {
    const salon = await client().conversationalAi.agents.list({ search: 'SALON bella' });
    expect(salon.agents.map((agent) => agent.agentId)).toEqual([SANDBOX_AGENT_IDS.salonBookingPl]);

    const { agents } = await listAll(client(), { search: 'kraków', pageSize: 3 });
    expect(agents.length).toBeGreaterThan(3);
    for (const agent of agents) expect(agent.name.toLowerCase()).toContain('kraków');

    const none = await client().conversationalAi.agents.list({ search: 'no such agent' });
    expect(none).toMatchObject({ agents: [], hasMore: false });
  });

  it('sorts by name when asked', async () => {
    const { agents } = await listAll(client(), {
      sortBy: 'name',
      sortDirection: 'asc',
      pageSize: 100,
    });

    const names = agents.map((agent) => agent.name.toLocaleLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('rejects a cursor it did not issue', async () => {
    const error = await sdkFailure(client().conversationalAi.agents.list({ cursor: 'garbage!' }));

    expect(error.statusCode).toBe(400);
    expect(errorDetail(error).status).toBe('invalid_cursor');
  });

  it('describes the Polish salon agent with its placeholders and overrides', async () => {
    const agent = await client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.salonBookingPl);
    const config = agent.conversationConfig.agent;

    expect(config?.language).toBe('pl');
    expect(config?.firstMessage).toContain('Dzień dobry');
    expect(placeholdersIn(config?.prompt?.prompt)).toEqual(
      expect.arrayContaining(['_place_name_', '_notes_for_agent_']),
    );
    expect(placeholdersIn(config?.firstMessage)).toContain('_place_name_');
    expect(declaredPlaceholders(agent)).toMatchObject({ _place_name_: 'Salon Bella' });
    expect(agent.platformSettings?.overrides?.conversationConfigOverride).toEqual({
      agent: { firstMessage: true, language: false, prompt: { prompt: true } },
      tts: { voiceId: false },
    });
    expect(agent.phoneNumbers?.map((number) => number.phoneNumber)).toEqual(['+48223076512']);
    expect(agent.metadata.createdAtUnixSecs).toBeGreaterThan(0);
  });

  it('describes the Italian survey and the English reminder in their own words', async () => {
    const survey = await client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.surveyIt);
    expect(survey.conversationConfig.agent?.language).toBe('it');
    expect(survey.conversationConfig.agent?.firstMessage).toMatch(/^Buongiorno \{\{nome\}\}/);
    expect(placeholdersIn(survey.conversationConfig.agent?.prompt?.prompt)).toEqual(
      expect.arrayContaining(['nome', 'ultimo_acquisto']),
    );

    const reminder = await client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.reminderEn);
    const texts = [
      reminder.conversationConfig.agent?.firstMessage,
      reminder.conversationConfig.agent?.prompt?.prompt,
    ];
    expect(texts.flatMap(placeholdersIn)).toEqual(
      expect.arrayContaining([
        'customer_name',
        'appointment_time',
        'clinic_name',
        'system__time_utc',
      ]),
    );
    expect(Object.keys(declaredPlaceholders(reminder))).not.toContain('system__time_utc');
    expect(reminder.platformSettings?.overrides?.conversationConfigOverride?.tts?.voiceId).toBe(
      true,
    );
  });

  it('includes an agent that allows no overrides at all', async () => {
    const agent = await client().conversationalAi.agents.get(SANDBOX_AGENT_IDS.deliveryPl);
    const overrides = agent.platformSettings?.overrides?.conversationConfigOverride;

    expect(overrides?.agent?.firstMessage).toBe(false);
    expect(overrides?.agent?.prompt?.prompt).toBe(false);
    expect(agent.phoneNumbers).toEqual([]);
  });

  it('gives every listed agent a full description', async () => {
    const { agents } = await listAll(client(), { pageSize: 100 });

    for (const summary of agents) {
      const agent = await client().conversationalAi.agents.get(summary.agentId);
      expect(agent.name).toBe(summary.name);
      expect(agent.conversationConfig.agent?.firstMessage).toBeTruthy();
      expect(agent.conversationConfig.tts?.voiceId).toBe(summary.voiceId);
    }
  });

  it('answers an unknown agent id with 404 and an ElevenLabs error body', async () => {
    const error = await sdkFailure(client().conversationalAi.agents.get('agent_doesnotexist'));

    expect(error.statusCode).toBe(404);
    expect(errorDetail(error)).toEqual({
      status: 'not_found',
      message: expect.stringContaining('agent_doesnotexist'),
    });
  });
});
