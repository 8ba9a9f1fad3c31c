// The bodies of the call-placing endpoints, as the real API's pydantic models accept them:
// unknown fields are ignored, wrong types and missing fields are 422s located in the body.
import { z } from 'zod';
import { invalidE164Message, isE164 } from './e164';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const e164 = z.string().refine(isE164, {
  error: (issue) => invalidE164Message(typeof issue.input === 'string' ? issue.input : ''),
});

/** Values a dynamic variable may take; nested objects cannot be put into a prompt. */
const dynamicVariableValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * The per-conversation override. Only its shape is checked here; which fields the agent
 * lets callers override is a check against the workspace (overrides.ts).
 */
const conversationConfigOverride = z.record(z.string(), z.unknown());

export const ClientDataSchema = z.object({
  dynamic_variables: z.record(z.string(), dynamicVariableValue).nullish(),
  conversation_config_override: conversationConfigOverride.nullish(),
  user_id: z.string().nullish(),
  source_info: z.record(z.string(), z.unknown()).nullish(),
});
export type ClientDataInput = z.output<typeof ClientDataSchema>;

const telephonyCallConfig = z.object({
  ringing_timeout_secs: z.number().int().min(1).max(300).nullish(),
  twilio_call_recording_enabled: z.boolean().nullish(),
});
export type TelephonyCallConfigInput = z.output<typeof telephonyCallConfig>;

const recipient = z
  .object({
    id: z.string().min(1).nullish(),
    phone_number: e164.nullish(),
    whatsapp_user_id: z.string().min(1).nullish(),
    conversation_initiation_client_data: ClientDataSchema.nullish(),
  })
  .refine((value) => value.phone_number != null || value.whatsapp_user_id != null, {
    error: 'Either phone_number or whatsapp_user_id must be provided',
  });
export type RecipientInput = z.output<typeof recipient>;

const whatsappParams = z.object({
  whatsapp_phone_number_id: z.string().nullish(),
  whatsapp_call_permission_request_template_name: z.string(),
  whatsapp_call_permission_request_template_language_code: z.string(),
});

export const SubmitBatchSchema = z
  .object({
    call_name: z.string(),
    agent_id: z.string(),
    recipients: z.array(recipient).min(1),
    scheduled_time_unix: z.number().int().nullish(),
    agent_phone_number_id: z.string().nullish(),
    whatsapp_params: whatsappParams.nullish(),
    timezone: z
      .string()
      .refine(isTimeZone, { error: (issue) => `Unknown time zone '${String(issue.input)}'` })
      .nullish(),
    telephony_call_config: telephonyCallConfig.nullish(),
    target_concurrency_limit: z.number().int().min(1).nullish(),
  })
  .refine((value) => value.agent_phone_number_id != null || value.whatsapp_params != null, {
    error: 'Either agent_phone_number_id or whatsapp_params must be provided',
  });
export type SubmitBatchInput = z.output<typeof SubmitBatchSchema>;

export const OutboundCallSchema = z.object({
  agent_id: z.string(),
  agent_phone_number_id: z.string(),
  to_number: e164,
  conversation_initiation_client_data: ClientDataSchema.nullish(),
  call_recording_enabled: z.boolean().nullish(),
  telephony_call_config: telephonyCallConfig.nullish(),
});
export type OutboundCallInput = z.output<typeof OutboundCallSchema>;
