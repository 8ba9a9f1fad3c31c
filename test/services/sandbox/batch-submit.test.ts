import { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { polishNumber, salonRecipients, submitSalonBatch } from './call-fixtures';
import {
  errorDetail,
  rawApi,
  sdkClient,
  sdkFailure,
  useSandbox,
  validationIssues,
} from './sandbox-harness';

describe('sandbox batch calling: submitting', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());
  // The delivery agent allows no overrides and needs an order number for every call.
  const submitDeliveryBatch = (recipients: ElevenLabs.OutboundCallRecipient[]) =>
    client().conversationalAi.batchCalls.create({
      callName: 'Dostawy',
      agentId: SANDBOX_AGENT_IDS.deliveryPl,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
      recipients,
    });

  it('accepts a valid batch and answers with a BatchCallResponse', async () => {
    const batch = await submitSalonBatch(client(), salonRecipients(3), {
      timezone: 'Europe/Warsaw',
      targetConcurrencyLimit: 2,
    });

    expect(batch).toMatchObject({
      id: expect.stringMatching(/^btcal_[a-z0-9]{26}$/),
      name: 'Salon – przypomnienia',
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      agentName: 'Salon Bella – umawianie wizyt',
      phoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
      phoneProvider: 'twilio',
      timezone: 'Europe/Warsaw',
      totalCallsScheduled: 3,
      totalCallsDispatched: 2,
      totalCallsFinished: 0,
      status: 'in_progress',
      retryCount: 0,
      targetConcurrencyLimit: 2,
    });
    expect(batch.scheduledTimeUnix).toBe(batch.createdAtUnix);
    expect(batch.createdAtUnix).toBe(sandbox().clock.nowUnix());
  });

  it('fills variables the agent has defaults for, and never asks for system__ ones', async () => {
    const salon = await submitSalonBatch(client(), [{ phoneNumber: polishNumber(1) }]);
    expect(salon.totalCallsScheduled).toBe(1);

    // The reminder uses {{system__time_utc}} and {{system__called_number}}; all its own
    // variables have defaults.
    const reminder = await client().conversationalAi.batchCalls.create({
      callName: 'Reminders',
      agentId: SANDBOX_AGENT_IDS.reminderEn,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioIt,
      recipients: [{ phoneNumber: '+353851234567' }],
    });
    expect(reminder.status).toBe('in_progress');
  });

  it('names each recipient missing a variable, and the variables it lacks', async () => {
    // The delivery agent's order number has an empty placeholder: every call must give one.
    const error = await sdkFailure(
      submitDeliveryBatch([
        {
          phoneNumber: polishNumber(1),
          conversationInitiationClientData: {
            dynamicVariables: { imie: 'Anna', numer_zamowienia: 'MN-1001' },
          },
        },
        {
          phoneNumber: polishNumber(2),
          conversationInitiationClientData: { dynamicVariables: { imie: 'Jan' } },
        },
        { phoneNumber: polishNumber(3) },
      ]),
    );

    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(validationIssues(error)).toEqual([
      {
        type: 'value_error',
        loc: ['body', 'recipients', 1, 'conversation_initiation_client_data', 'dynamic_variables'],
        msg: "Value error, Missing required dynamic variables: {'numer_zamowienia'}",
      },
      {
        type: 'value_error',
        loc: ['body', 'recipients', 2, 'conversation_initiation_client_data', 'dynamic_variables'],
        msg: "Value error, Missing required dynamic variables: {'numer_zamowienia'}",
      },
    ]);
    const list = await client().conversationalAi.batchCalls.list();
    expect(list.batchCalls).toEqual([]);
  });

  it('counts the variables of an overridden prompt, not of the agent’s own', async () => {
    const error = await sdkFailure(
      submitSalonBatch(client(), [
        {
          phoneNumber: polishNumber(1),
          conversationInitiationClientData: {
            conversationConfigOverride: {
              agent: { prompt: { prompt: 'Zadzwoń do {{imie}} w sprawie {{termin}}.' } },
            },
          },
        },
      ]),
    );

    expect(validationIssues(error)[0]?.msg).toBe(
      "Value error, Missing required dynamic variables: {'imie', 'termin'}",
    );
  });

  it('refuses overrides the agent does not allow, naming the field', async () => {
    const error = await sdkFailure(
      submitSalonBatch(client(), [
        {
          phoneNumber: polishNumber(1),
          conversationInitiationClientData: {
            conversationConfigOverride: {
              agent: { firstMessage: 'Dzień dobry!' },
              tts: { voiceId: 'JBFqnCBsd6RMkjVDRZzb' },
            },
          },
        },
      ]),
    );

    expect(error.statusCode).toBe(422);
    expect(validationIssues(error)).toEqual([
      {
        type: 'value_error',
        loc: [
          'body',
          'recipients',
          0,
          'conversation_initiation_client_data',
          'conversation_config_override',
          'tts',
          'voice_id',
        ],
        msg: "Value error, Override for field 'tts.voice_id' is not allowed by config.",
      },
    ]);
  });

  it('accepts the overrides the agent allows', async () => {
    const batch = await submitSalonBatch(client(), [
      {
        phoneNumber: polishNumber(1),
        conversationInitiationClientData: {
          dynamicVariables: { _place_name_: 'Studio Ewa' },
          conversationConfigOverride: {
            agent: { firstMessage: 'Dzień dobry z {{_place_name_}}!' },
          },
        },
      },
    ]);

    const detail = await client().conversationalAi.batchCalls.get(batch.id);
    expect(
      detail.recipients[0]?.conversationInitiationClientData?.conversationConfigOverride?.agent
        ?.firstMessage,
    ).toBe('Dzień dobry z {{_place_name_}}!');
  });

  it('refuses every override on an agent that allows none', async () => {
    const error = await sdkFailure(
      submitDeliveryBatch([
        {
          phoneNumber: polishNumber(1),
          conversationInitiationClientData: {
            dynamicVariables: { numer_zamowienia: 'MN-1' },
            conversationConfigOverride: { agent: { language: 'en' } },
          },
        },
      ]),
    );

    expect(validationIssues(error).map((issue) => issue.msg)).toEqual([
      "Value error, Override for field 'agent.language' is not allowed by config.",
    ]);
  });

  it('answers an unknown agent or phone number with 404', async () => {
    const noAgent = await sdkFailure(
      client().conversationalAi.batchCalls.create({
        callName: 'x',
        agentId: 'agent_doesnotexist',
        agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
        recipients: [{ phoneNumber: polishNumber(1) }],
      }),
    );
    expect(noAgent.statusCode).toBe(404);
    expect(errorDetail(noAgent)).toEqual({
      status: 'not_found',
      message: 'Agent with ID agent_doesnotexist not found.',
    });

    const noNumber = await sdkFailure(
      submitSalonBatch(client(), salonRecipients(1), { agentPhoneNumberId: 'phnum_nope' }),
    );
    expect(noNumber.statusCode).toBe(404);
    expect(errorDetail(noNumber).message).toContain('phnum_nope');
  });

  it('rejects a number that is not E.164, locating it', async () => {
    const error = await sdkFailure(
      submitSalonBatch(client(), [
        { phoneNumber: polishNumber(1) },
        { phoneNumber: '600 100 200' },
        { phoneNumber: '+0123' },
      ]),
    );

    const issues = validationIssues(error);
    expect(issues.map((issue) => issue.loc)).toEqual([
      ['body', 'recipients', 1, 'phone_number'],
      ['body', 'recipients', 2, 'phone_number'],
    ]);
    expect(issues[0]).toMatchObject({
      type: 'value_error',
      msg: expect.stringContaining("Invalid phone number '600 100 200'"),
    });
  });

  it('rejects malformed bodies as FastAPI does', async () => {
    const missing = await rawApi(sandbox(), 'POST', '/v1/convai/batch-calling/submit', {
      agent_id: SANDBOX_AGENT_IDS.salonBookingPl,
      agent_phone_number_id: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
      recipients: [],
    });
    expect(missing.status).toBe(422);
    const body = (await missing.json()) as { detail: { loc: unknown[]; type: string }[] };
    expect(body.detail).toEqual([
      expect.objectContaining({ loc: ['body', 'call_name'], type: 'missing' }),
      expect.objectContaining({ loc: ['body', 'recipients'], type: 'too_short' }),
    ]);

    const noPhone = await rawApi(sandbox(), 'POST', '/v1/convai/batch-calling/submit', {
      call_name: 'x',
      agent_id: SANDBOX_AGENT_IDS.salonBookingPl,
      recipients: [{ phone_number: polishNumber(1) }],
    });
    expect(noPhone.status).toBe(422);
    expect(await noPhone.json()).toMatchObject({
      detail: [
        {
          loc: ['body'],
          type: 'value_error',
          msg: 'Value error, Either agent_phone_number_id or whatsapp_params must be provided',
        },
      ],
    });

    const noBody = await rawApi(sandbox(), 'POST', '/v1/convai/batch-calling/submit');
    expect(noBody.status).toBe(422);
    expect(await noBody.json()).toMatchObject({ detail: [{ loc: ['body'], type: 'missing' }] });
  });

  it('rejects an unknown time zone and a concurrency limit below 1', async () => {
    const error = await sdkFailure(
      submitSalonBatch(client(), salonRecipients(1), {
        timezone: 'Europe/Atlantis',
        targetConcurrencyLimit: 0,
      }),
    );

    expect(validationIssues(error).map((issue) => [issue.loc, issue.type])).toEqual([
      [['body', 'timezone'], 'value_error'],
      [['body', 'target_concurrency_limit'], 'greater_than_equal'],
    ]);
  });

  it('needs convai_write: a read-only key cannot submit', async () => {
    sandbox().faults.inject({ kind: 'missing_permissions', permission: 'convai_write' });

    const error = await sdkFailure(submitSalonBatch(client(), salonRecipients(1)));

    expect(error.statusCode).toBe(401);
    expect(errorDetail(error).message).toContain('convai_write');
    await expect(client().conversationalAi.batchCalls.list()).resolves.toBeTruthy();
  });
});
