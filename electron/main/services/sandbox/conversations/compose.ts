// What was said and concluded in a call, decided when it is dialled and revealed as the
// call progresses, so a transcript fetched mid-call shows only what has been said so far.
import { isAnswered, type CallKind, type CallPlan } from '../calls/call-plan';
import type { DataValue } from '../calls/outcome-script';
import { SANDBOX_AGENT_IDS } from '../fixtures/agents';
import type { FixtureLanguage } from '../fixtures/agent-builder';
import { SeededChoice } from '../hash';
import type { AgentRecord } from '../records';
import { effectiveTexts } from '../validation/dynamic-variables';
import { fillPlaceholders } from './call-variables';
import type { Dialogue, DialogueWriter, Turn } from './dialogues/dialogue';
import { deliveryPl } from './dialogues/delivery-pl';
import { genericDialogue } from './dialogues/generic';
import { reminderEn } from './dialogues/reminder-en';
import { salonBookingPl } from './dialogues/salon-booking-pl';
import { surveyIt } from './dialogues/survey-it';

export interface TimedTurn extends Turn {
  timeInCallSecs: number;
}

export interface ConversationContent {
  language: string;
  turns: TimedTurn[];
  summary: string;
  title: string;
  /** Values for the agent's data-collection fields (null = not collected), plus scripted ones. */
  dataCollection: Record<string, DataValue>;
  terminationReason: string;
}

const WRITERS: Record<string, DialogueWriter> = {
  [SANDBOX_AGENT_IDS.salonBookingPl]: salonBookingPl,
  [SANDBOX_AGENT_IDS.surveyIt]: surveyIt,
  [SANDBOX_AGENT_IDS.reminderEn]: reminderEn,
  [SANDBOX_AGENT_IDS.deliveryPl]: deliveryPl,
};

function asFixtureLanguage(language: string): FixtureLanguage {
  return language === 'pl' || language === 'it' ? language : 'en';
}

const TERMINATION: Record<CallKind, string> = {
  success: 'end_call tool was called.',
  declined: 'Remote party ended the call.',
  unclear: 'Remote party ended the call.',
  voicemail: 'Voicemail detected; the agent left a message.',
  no_answer: 'Call was not answered.',
  busy: 'Line busy.',
  error: 'Call could not be connected.',
};

function unanswered(kind: CallKind): Pick<Dialogue, 'summary' | 'title'> {
  switch (kind) {
    case 'busy':
      return { summary: 'The line was busy; the call did not connect.', title: 'Line busy' };
    case 'error':
      return { summary: 'The call could not be connected.', title: 'Call failed' };
    default:
      return { summary: 'The call was not answered.', title: 'No answer' };
  }
}

function spread(turns: readonly Turn[], talkMs: number): TimedTurn[] {
  const talkSecs = talkMs / 1000;
  return turns.map((turn, index) => ({
    ...turn,
    timeInCallSecs: Math.floor((index * talkSecs) / Math.max(turns.length, 1)),
  }));
}

export interface ComposeInput {
  agent: AgentRecord['agent'];
  override: Record<string, unknown> | null | undefined;
  variables: Record<string, string>;
  plan: CallPlan;
}

export function composeConversation({
  agent,
  override,
  variables,
  plan,
}: ComposeInput): ConversationContent {
  const language = agent.conversation_config.agent?.language ?? 'en';
  const declared = Object.keys(agent.platform_settings?.data_collection ?? {});
  const blank: Record<string, DataValue> = Object.fromEntries(declared.map((id) => [id, null]));
  const base = { language, terminationReason: TERMINATION[plan.kind] };

  const kind = plan.kind;
  if (!isAnswered(kind)) {
    const { summary, title } = unanswered(kind);
    return {
      ...base,
      turns: [],
      summary: plan.summary ?? summary,
      title,
      dataCollection: { ...blank, ...plan.dataCollection },
    };
  }

  const writer = WRITERS[agent.agent_id] ?? genericDialogue(asFixtureLanguage(language));
  const dialogue = writer({
    kind,
    firstMessage: fillPlaceholders(effectiveTexts(agent, override).firstMessage, variables),
    variable: (name, fallback) => {
      const value = variables[name];
      return value === undefined || value.trim() === '' ? fallback : value;
    },
    choice: new SeededChoice(plan.seed),
    agentName: agent.name,
  });
  const collected = Object.fromEntries(
    Object.entries(dialogue.data).filter(([id]) => declared.includes(id)),
  );
  return {
    ...base,
    turns: spread(dialogue.turns, plan.talkMs),
    summary: plan.summary ?? dialogue.summary,
    title: dialogue.title,
    dataCollection: { ...blank, ...collected, ...plan.dataCollection },
  };
}
