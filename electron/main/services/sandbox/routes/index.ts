import type { Route } from '../router';
import { agentRoutes } from './agents';
import { batchCallingRoutes } from './batch-calling';
import { conversationRoutes } from './conversations';
import { outboundCallRoutes } from './outbound-calls';
import { phoneNumberRoutes } from './phone-numbers';
import { userRoutes } from './user';

export { controlRoutes, CONTROL_PREFIX } from './control';

/** Every simulated ElevenLabs endpoint. New endpoints are new entries here. */
export const apiRoutes: readonly Route[] = [
  ...userRoutes,
  ...agentRoutes,
  ...phoneNumberRoutes,
  ...batchCallingRoutes,
  ...outboundCallRoutes,
  ...conversationRoutes,
];
