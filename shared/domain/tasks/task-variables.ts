import { z } from 'zod';
import type { AgentDetails } from '../agents/agent';
import {
  createLaunchContext,
  customFieldPath,
  describeVariableSources,
  findMissingValues,
  prepareCall,
  type LaunchDraft,
  type MissingValues,
  type PreparedCall,
  type VariableBindings,
  type VariableSourceSummary,
} from '../launch';
import { createEmptyRecipient, type StoredRecipient } from '../recipients';
import type { TaskContent, TaskPlace } from './task';

// A task sends the agent two values of its own: the notes (what to get done) and the name of
// the place being called. To the launch logic each place is a recipient holding them as two
// custom fields, and the task's bindings point agent variables at those fields, so variables
// are resolved, shown and checked exactly as for a campaign.

export const TASK_VALUES = ['notes', 'place_name'] as const;
export type TaskValue = (typeof TASK_VALUES)[number];

/** `{ [agentVariableName]: task value }`, for agents that name them otherwise. */
export const TaskBindingsSchema = z.record(z.string().max(200), z.enum(TASK_VALUES));
export type TaskBindings = Readonly<Record<string, TaskValue>>;

/** The placeholders errand agents use for them; bound without asking when the agent has them. */
export const CONVENTIONAL_VARIABLES = {
  notes: '_notes_for_agent_',
  place_name: '_place_name_',
} as const satisfies Record<TaskValue, string>;

/** The labels the variable sources show for each value. */
export const TASK_VALUE_LABELS = {
  notes: 'Notes for the agent',
  place_name: 'Place name',
} as const satisfies Record<TaskValue, string>;

type TaskForCalls = Pick<TaskContent, 'notes' | 'defaultCountry' | 'places' | 'bindings'>;

function conventionalValue(variable: string): TaskValue | undefined {
  return TASK_VALUES.find((value) => CONVENTIONAL_VARIABLES[value] === variable);
}

/**
 * The bindings a call uses: for each of the agent's variables, what the user chose, or the
 * conventional value when the agent spells the variable that way.
 */
export function effectiveBindings(
  agent: Pick<AgentDetails, 'variables'>,
  chosen: TaskBindings,
): TaskBindings {
  const pairs: [string, TaskValue][] = [];
  for (const name of agent.variables) {
    const value = Object.hasOwn(chosen, name) ? chosen[name] : conventionalValue(name);
    if (value !== undefined) pairs.push([name, value]);
  }
  // From pairs: a variable may be called __proto__, which assignment would swallow.
  return Object.fromEntries(pairs);
}

function toVariableBindings(bindings: TaskBindings): VariableBindings {
  return Object.fromEntries(
    Object.entries(bindings).map(([name, value]) => [
      name,
      customFieldPath(TASK_VALUE_LABELS[value]),
    ]),
  );
}

/** A place as the launch logic sees it: a recipient whose custom fields are the task values. */
function placeAsRecipient(place: TaskPlace, notes: string): StoredRecipient {
  const recipient = createEmptyRecipient(place.id, place.phone_number);
  return {
    ...recipient,
    metadata: {
      ...recipient.metadata,
      custom_fields: {
        [TASK_VALUE_LABELS.notes]: notes,
        [TASK_VALUE_LABELS.place_name]: place.name,
      },
    },
    variables: place.variables,
  };
}

function launchInputs(agent: AgentDetails, task: TaskForCalls) {
  const draft: LaunchDraft = {
    defaultCountry: task.defaultCountry,
    variables: {},
    recipients: task.places.map((place) => placeAsRecipient(place, task.notes)),
  };
  return { draft, bindings: toVariableBindings(effectiveBindings(agent, task.bindings)) };
}

/** For each of the agent's variables, where its value comes from and how many places have one. */
export function describeTaskVariables(
  agent: AgentDetails,
  task: TaskForCalls,
): VariableSourceSummary[] {
  const { draft, bindings } = launchInputs(agent, task);
  return describeVariableSources(agent, draft, bindings);
}

/** Places whose call would lack a value the agent needs; `recipientId` is the place id. */
export function findPlacesMissingValues(agent: AgentDetails, task: TaskForCalls): MissingValues[] {
  const { draft, bindings } = launchInputs(agent, task);
  return findMissingValues(agent, draft, bindings);
}

export interface PlaceCall {
  place: TaskPlace;
  /** The number normalised as it will be dialled (still as typed when it cannot be read). */
  toNumber: string;
  call: PreparedCall;
}

/** What each place's call is sent, in the task's order. */
export function prepareTaskCalls(agent: AgentDetails, task: TaskForCalls): PlaceCall[] {
  const { draft, bindings } = launchInputs(agent, task);
  const context = createLaunchContext(agent, draft, bindings);
  return task.places.map((place) => {
    const recipient = context.normalize(placeAsRecipient(place, task.notes));
    return { place, toNumber: recipient.phone_number, call: prepareCall(recipient, context) };
  });
}
