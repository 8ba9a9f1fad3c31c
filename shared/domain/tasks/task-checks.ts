import type { AgentDetails } from '../agents/agent';
import {
  createPhoneNumberNormalizer,
  shownValue,
  type CountryCode,
  type PhoneNumberResult,
  type RecipientIssue,
} from '../recipients';
import type { TaskContent, TaskPlace } from './task';
import { findPlacesMissingValues } from './task-variables';

/** Something that keeps a task from running, in plain words. */
export interface TaskIssue {
  field: 'agent' | 'phoneNumber' | 'places' | 'name' | 'phone_number' | 'variables';
  /** The place it is about, if any. */
  placeId: string | null;
  /** English, for logs and main's refusals; the UI words it from the fields below. */
  message: string;
  /** Where the place stands in the list (from 0) and its name as typed. */
  place?: { index: number; name: string };
  /** Why the place's number cannot be dialled, as a recipient's number would be told. */
  phone?: RecipientIssue;
  /** The agent's variables the place has no value for. */
  variables?: readonly string[];
}

/** "Place 2 (Salon Bella)", as messages name a place. */
export function placeLabel(place: Pick<TaskPlace, 'name'>, index: number): string {
  const name = place.name.trim();
  return name === '' ? `Place ${index + 1}` : `Place ${index + 1} (${name})`;
}

/** A number that cannot be dialled, as the same number on a recipient would be reported. */
export function phoneNumberIssue(
  typed: string,
  phone: Extract<PhoneNumberResult, { ok: false }>,
): RecipientIssue {
  return {
    field: 'phone_number',
    code: phone.code,
    message: phone.reason,
    params: {
      value: shownValue(typed.trim()),
      ...(phone.country ? { country: phone.country } : {}),
    },
    severity: 'error',
  };
}

/** Each place needs a name and a number that can be dialled, read as recipients' numbers are. */
export function checkPlaces(
  places: readonly TaskPlace[],
  defaultCountry: CountryCode,
): TaskIssue[] {
  const phoneNumbers = createPhoneNumberNormalizer(defaultCountry);
  const issues: TaskIssue[] = [];
  places.forEach((place, index) => {
    const label = placeLabel(place, index);
    const where = { placeId: place.id, place: { index, name: place.name.trim() } };
    if (place.name.trim() === '') {
      issues.push({ field: 'name', ...where, message: `${label} needs a name.` });
    }
    const phone = phoneNumbers.normalize(place.phone_number);
    if (!phone.ok) {
      issues.push({
        field: 'phone_number',
        ...where,
        message: `${label}: ${phone.reason}`,
        phone: phoneNumberIssue(place.phone_number, phone),
      });
    }
  });
  return issues;
}

/**
 * Everything that keeps the task from running. Without the agent's details only what the task
 * itself lacks is found; with them, also the places whose call would miss a value the agent
 * needs. The app shows these, and main refuses to run while there are any.
 */
export function checkTask(
  task: Pick<
    TaskContent,
    'agent' | 'phoneNumber' | 'notes' | 'defaultCountry' | 'places' | 'bindings'
  >,
  agent?: AgentDetails,
): TaskIssue[] {
  const issues: TaskIssue[] = [];
  if (task.agent === null) {
    issues.push({
      field: 'agent',
      placeId: null,
      message: 'Choose the agent that makes the calls.',
    });
  }
  if (task.phoneNumber === null) {
    issues.push({
      field: 'phoneNumber',
      placeId: null,
      message: 'Choose the phone number to call from.',
    });
  }
  if (task.places.length === 0) {
    issues.push({ field: 'places', placeId: null, message: 'Add at least one place to call.' });
  }
  issues.push(...checkPlaces(task.places, task.defaultCountry));
  if (agent) {
    const index = new Map(task.places.map((place, position) => [place.id, position]));
    for (const { recipientId, variables } of findPlacesMissingValues(agent, task)) {
      const position = index.get(recipientId) ?? 0;
      const place = task.places[position];
      const label = place ? placeLabel(place, position) : 'A place';
      issues.push({
        field: 'variables',
        placeId: recipientId,
        message: `${label} has no value for ${variables.join(', ')}, which the agent needs.`,
        place: { index: position, name: place?.name.trim() ?? '' },
        variables,
      });
    }
  }
  return issues;
}
