import type { CallRecord } from '../calls/call-records';
import { detailError } from '../errors';
import { json, type SandboxResponse } from '../http';
import type { Route, RouteRequest, SandboxContext } from '../router';
import { callDataIssues } from '../validation/call-checks';
import { OutboundCallSchema } from '../validation/call-requests';
import { parseBody, rejectBody } from '../validation/request-body';
import type {
  SipTrunkOutboundCallWire,
  TelephonyProviderWire,
  TwilioOutboundCallWire,
} from '../wire';
import { requireAgent, requirePhoneNumber } from './lookups';

const PROVIDER_NAMES: Record<TelephonyProviderWire, string> = {
  twilio: 'Twilio',
  sip_trunk: 'SIP trunk',
  exotel: 'Exotel',
};

/** One endpoint per provider, as live: calling from a number of another provider is refused. */
function outboundCall(
  provider: 'twilio' | 'sip_trunk',
  answer: (call: CallRecord) => SandboxResponse,
) {
  return (request: RouteRequest, context: SandboxContext): SandboxResponse => {
    const input = parseBody(OutboundCallSchema, request.body);
    const { workspace } = context;
    const agent = requireAgent(workspace, input.agent_id).agent;
    const from = requirePhoneNumber(workspace, input.agent_phone_number_id).number;
    if (from.provider !== provider) {
      return detailError(
        400,
        'invalid_phone_number_provider',
        `Phone number ${from.phone_number_id} is a ${PROVIDER_NAMES[from.provider]} number, not a ${PROVIDER_NAMES[provider]} number. Place calls from it through its own provider's outbound-call endpoint.`,
      );
    }
    if (!from.supports_outbound) {
      return detailError(
        400,
        'phone_number_outbound_not_supported',
        `Phone number ${from.phone_number_id} does not support outbound calls.`,
      );
    }
    const clientData = input.conversation_initiation_client_data ?? null;
    const issues = callDataIssues(agent, clientData, ['body']);
    if (issues.length > 0) rejectBody(issues);
    const call = workspace.calls.placeCall(
      { agent, from, toNumber: input.to_number, clientData },
      context.now(),
    );
    return answer(call);
  };
}

export const outboundCallRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/convai/twilio/outbound-call',
    permission: 'convai_write',
    handle: outboundCall('twilio', (call) => {
      const body: TwilioOutboundCallWire = {
        success: true,
        message: 'Success',
        conversation_id: call.conversationId,
        callSid: call.line.callSid,
      };
      return json(200, body);
    }),
  },
  {
    method: 'POST',
    path: '/v1/convai/sip-trunk/outbound-call',
    permission: 'convai_write',
    handle: outboundCall('sip_trunk', (call) => {
      const body: SipTrunkOutboundCallWire = {
        success: true,
        message: 'Success',
        conversation_id: call.conversationId,
        sip_call_id: call.line.provider === 'sip_trunk' ? call.line.sipCallId : null,
      };
      return json(200, body);
    }),
  },
];
