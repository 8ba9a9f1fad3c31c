import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';
import { agentHandlers } from './agent-handlers';
import { appHandlers } from './app-handlers';
import { diagnosticsHandlers } from './diagnostics-handlers';
import { draftHandlers } from './draft-handlers';
import { launchHandlers } from './launch-handlers';
import { monitorHandlers } from './monitor-handlers';
import { taskHandlers } from './task-handlers';
import { workspaceHandlers } from './workspace-handlers';

/** One handler per contract channel; the type makes a missing one a compile error. */
export function createHandlers(services: MainServices): Handlers {
  return {
    ...appHandlers(services),
    ...workspaceHandlers(services),
    ...agentHandlers(services),
    ...diagnosticsHandlers(services),
    ...draftHandlers(services),
    ...launchHandlers(services),
    ...monitorHandlers(services),
    ...taskHandlers(services),
  };
}
