import type { MainServices } from '../services/main-services';
import type { Handlers } from '../ipc/dispatch';

export function agentHandlers(services: MainServices): Pick<Handlers, 'listAgents' | 'getAgent'> {
  return {
    listAgents: (input) => services.workspace.gateway().listAgents(input),
    getAgent: ({ agentId }) => services.workspace.gateway().getAgent(agentId),
  };
}
