import { apiErrors } from '../errors';
import { json } from '../http';
import { toPhoneNumber } from '../presenters';
import { queryEnum, queryString } from '../query';
import type { Route } from '../router';
import type { TelephonyProviderWire } from '../wire';

const PROVIDERS: readonly TelephonyProviderWire[] = ['twilio', 'sip_trunk', 'exotel'];

export const phoneNumberRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/convai/phone-numbers',
    permission: 'convai_read',
    handle: (request, { workspace }) => {
      const provider = queryEnum(request.query, 'provider', PROVIDERS);
      const agentId = queryString(request.query, 'agent_id');
      const numbers = workspace
        .phoneNumbers()
        .filter((record) => provider === undefined || record.number.provider === provider)
        .filter((record) => agentId === undefined || record.assignedAgentId === agentId)
        .map((record) => toPhoneNumber(record, workspace));
      return json(200, numbers);
    },
  },
  {
    method: 'GET',
    path: '/v1/convai/phone-numbers/:phone_number_id',
    permission: 'convai_read',
    handle: (request, { workspace }) => {
      const id = request.params['phone_number_id'] ?? '';
      const record = workspace.findPhoneNumber(id);
      if (!record) return apiErrors.notFound(`Phone number with ID ${id} not found.`);
      return json(200, toPhoneNumber(record, workspace));
    },
  },
];
