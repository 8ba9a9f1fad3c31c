import type { AgentDetails } from '../../../shared/domain/agents/agent';
import type { Conversation } from '../../../shared/domain/calls/conversation';
import type { TaskContent, TaskPlace } from '../../../shared/domain/tasks';

/** An errand agent spelling its placeholders the conventional way, with no defaults. */
export function errandAgent(overrides: Partial<AgentDetails> = {}): AgentDetails {
  return {
    id: 'agent_errand',
    name: 'Errands',
    language: 'pl',
    firstMessage: 'Dzień dobry, czy to {{_place_name_}}?',
    prompt: 'Załatw sprawę: {{_notes_for_agent_}}',
    variables: ['_place_name_', '_notes_for_agent_'],
    variableDefaults: {},
    overrides: { firstMessage: false, language: false, systemPrompt: false, voiceId: false },
    ...overrides,
  };
}

export function place(id: string, name: string, phone: string, variables = {}): TaskPlace {
  return { id, name, phone_number: phone, variables };
}

export function task(changes: Partial<TaskContent> = {}): TaskContent {
  return {
    name: 'Haircut',
    notes: 'Book a haircut for tomorrow at 18:00',
    agent: { id: 'agent_errand', name: 'Errands' },
    phoneNumber: { id: 'phnum_1', label: 'Office', number: '+48221234567' },
    defaultCountry: 'PL',
    places: [place('p1', 'Salon Bella', '600 700 800'), place('p2', 'Salon Anna', '601 702 803')],
    advance: 'automatic',
    bindings: {},
    ...changes,
  };
}

export function conversation(changes: Partial<Conversation> = {}): Conversation {
  return {
    id: 'conv_1',
    agentId: 'agent_errand',
    status: 'in-progress',
    startedAt: 1_700_000_000,
    durationSeconds: null,
    transcript: [{ role: 'agent', message: 'Dzień dobry', atSeconds: 0 }],
    summary: null,
    callSuccessful: null,
    dataCollection: {},
    evaluation: [],
    hasAudio: false,
    ...changes,
  };
}
