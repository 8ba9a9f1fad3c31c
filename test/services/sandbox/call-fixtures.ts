// Shared inputs for the call tests: recipients and batches against the sandbox's agents.
import type { ElevenLabs, ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';

/** A Polish mobile number per index: +48 600 1xx xxx. */
export function polishNumber(index: number): string {
  return `+48600${String(100_000 + index).padStart(6, '0')}`;
}

export function salonRecipients(count: number, offset = 0): ElevenLabs.OutboundCallRecipient[] {
  return Array.from({ length: count }, (_, i) => ({
    phoneNumber: polishNumber(offset + i),
    conversationInitiationClientData: {
      dynamicVariables: {
        _place_name_: `Studio Urody ${offset + i + 1}`,
        _notes_for_agent_: 'Stała klientka, woli popołudnia.',
      },
    },
  }));
}

export function submitSalonBatch(
  client: ElevenLabsClient,
  recipients: ElevenLabs.OutboundCallRecipient[],
  extra: Partial<ElevenLabs.conversationalAi.BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost> = {},
): Promise<ElevenLabs.BatchCallResponse> {
  return client.conversationalAi.batchCalls.create({
    callName: 'Salon – przypomnienia',
    agentId: SANDBOX_AGENT_IDS.salonBookingPl,
    agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
    recipients,
    ...extra,
  });
}

export const TERMINAL_RECIPIENT_STATUSES: readonly string[] = [
  'completed',
  'failed',
  'voicemail',
  'cancelled',
];
