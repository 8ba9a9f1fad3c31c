import { AppError } from '../../../../shared/contract/app-error';
import {
  checkTask,
  prepareTaskCalls,
  type CallTask,
  type RunPlace,
  type TaskIssue,
  type TaskRun,
} from '../../../../shared/domain/tasks';
import type { ElevenLabsGateway, OutboundCallRequest } from '../elevenlabs/gateway';
import { phoneNumberCannotCallOut, phoneNumberGone } from './task-errors';

/** What a run calls, worked out from the saved task and the workspace as it is now. */
export interface TaskRunPlan {
  agent: TaskRun['agent'];
  phoneNumber: TaskRun['phoneNumber'];
  places: RunPlace[];
  /** The request for each place, in the same order. */
  calls: OutboundCallRequest[];
}

function refuse(issues: readonly TaskIssue[]): void {
  const [first] = issues;
  if (!first) return;
  const field = first.placeId === null ? first.field : `places.${first.placeId}.${first.field}`;
  throw new AppError('validation', first.message, { field });
}

/**
 * Checks the task again in main (the renderer's checks are for showing, not trusting), looks
 * up the agent and the number to call from, and prepares every place's call. Throws the first
 * problem as a plain AppError before anything is recorded or dialled.
 */
export async function planTaskRun(
  task: CallTask,
  gateway: Pick<ElevenLabsGateway, 'getAgent' | 'listPhoneNumbers'>,
): Promise<TaskRunPlan> {
  refuse(checkTask(task));
  const { agent: chosenAgent, phoneNumber: chosenNumber } = task;
  if (!chosenAgent || !chosenNumber) throw new Error('checkTask let a task without agent through');
  const [agent, numbers] = await Promise.all([
    gateway.getAgent(chosenAgent.id),
    gateway.listPhoneNumbers(),
  ]);
  const from = numbers.find((number) => number.id === chosenNumber.id);
  if (!from) throw phoneNumberGone();
  if (!from.supportsOutbound) throw phoneNumberCannotCallOut();
  refuse(checkTask(task, agent));

  const prepared = prepareTaskCalls(agent, task);
  return {
    agent: { id: agent.id, name: agent.name },
    phoneNumber: { id: from.id, label: from.label, number: from.number },
    places: prepared.map(({ place, toNumber }) => ({
      id: place.id,
      name: place.name.trim(),
      phoneNumber: toNumber,
    })),
    calls: prepared.map(({ toNumber, call }) => ({
      provider: from.provider,
      agentId: agent.id,
      phoneNumberId: from.id,
      toNumber,
      clientData: {
        dynamicVariables: call.dynamicVariables,
        ...(call.conversationConfigOverride
          ? { conversationConfigOverride: call.conversationConfigOverride }
          : {}),
      },
    })),
  };
}
