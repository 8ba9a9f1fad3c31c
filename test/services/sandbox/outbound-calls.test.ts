import { ElevenLabs } from '@elevenlabs/elevenlabs-js';
import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { polishNumber } from './call-fixtures';
import {
  errorDetail,
  sdkClient,
  sdkFailure,
  useSandbox,
  validationIssues,
} from './sandbox-harness';

describe('sandbox outbound calls', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());
  const twilio = () => client().conversationalAi.twilio;
  const sipTrunk = () => client().conversationalAi.sipTrunk;

  const salonCall = {
    agentId: SANDBOX_AGENT_IDS.salonBookingPl,
    agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
    toNumber: polishNumber(42),
    conversationInitiationClientData: { dynamicVariables: { _place_name_: 'Studio Ewa' } },
  };

  it('places a Twilio call and answers with its conversation and call SID', async () => {
    const answer = await twilio().outboundCall(salonCall);

    expect(answer).toEqual({
      success: true,
      message: expect.any(String),
      conversationId: expect.stringMatching(/^conv_[a-z0-9]{26}$/),
      callSid: expect.stringMatching(/^CA[0-9a-f]{32}$/),
    });
  });

  it('places a SIP trunk call and answers with its SIP call id', async () => {
    const answer = await sipTrunk().outboundCall({
      agentId: SANDBOX_AGENT_IDS.surveyIt,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt,
      toNumber: '+393471234567',
      conversationInitiationClientData: {
        dynamicVariables: { nome: 'Giulia', ultimo_acquisto: 'lenti a contatto' },
      },
    });

    expect(answer).toMatchObject({ success: true, sipCallId: expect.any(String) });
    const conversation = await client().conversationalAi.conversations.get(
      answer.conversationId ?? '',
    );
    expect(conversation.metadata.phoneCall).toMatchObject({
      type: 'sip_trunking',
      direction: 'outbound',
      phoneNumberId: SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt,
      agentNumber: '+390294753810',
      externalNumber: '+393471234567',
      callId: answer.sipCallId,
    });
  });

  it('refuses a number of the other provider, saying so', async () => {
    const viaTwilio = await sdkFailure(
      twilio().outboundCall({
        ...salonCall,
        agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt,
      }),
    );
    expect(viaTwilio.statusCode).toBe(400);
    expect(errorDetail(viaTwilio)).toEqual({
      status: 'invalid_phone_number_provider',
      message: expect.stringMatching(/is a SIP trunk number, not a Twilio number/),
    });

    const viaSip = await sdkFailure(sipTrunk().outboundCall(salonCall));
    expect(viaSip.statusCode).toBe(400);
    expect(errorDetail(viaSip).message).toMatch(/is a Twilio number, not a SIP trunk number/);
  });

  it('answers an unknown agent or number with 404', async () => {
    await expect(
      sdkFailure(twilio().outboundCall({ ...salonCall, agentId: 'agent_nope' })),
    ).resolves.toMatchObject({ statusCode: 404 });
    await expect(
      sdkFailure(twilio().outboundCall({ ...salonCall, agentPhoneNumberId: 'phnum_nope' })),
    ).resolves.toMatchObject({ statusCode: 404 });
  });

  it('checks the number, the variables and the overrides like a batch does', async () => {
    const badNumber = await sdkFailure(
      twilio().outboundCall({ ...salonCall, toNumber: '0048 600' }),
    );
    expect(badNumber).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(validationIssues(badNumber)[0]?.loc).toEqual(['body', 'to_number']);

    const missing = await sdkFailure(
      twilio().outboundCall({
        agentId: SANDBOX_AGENT_IDS.deliveryPl,
        agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
        toNumber: polishNumber(1),
      }),
    );
    expect(validationIssues(missing)).toEqual([
      {
        type: 'value_error',
        loc: ['body', 'conversation_initiation_client_data', 'dynamic_variables'],
        msg: "Value error, Missing required dynamic variables: {'numer_zamowienia'}",
      },
    ]);

    const override = await sdkFailure(
      twilio().outboundCall({
        ...salonCall,
        conversationInitiationClientData: {
          conversationConfigOverride: { agent: { language: 'en' } },
        },
      }),
    );
    expect(validationIssues(override)[0]?.msg).toContain("'agent.language' is not allowed");
  });

  it('progresses like a batch call: initiated, in progress, processing, done', async () => {
    sandbox().script.outcome(salonCall.toNumber, { status: 'completed', durationSecs: 10 });
    const { conversationId } = await twilio().outboundCall(salonCall);
    const get = () => client().conversationalAi.conversations.get(conversationId ?? '');

    const statuses: string[] = [];
    for (let second = 0; second < 40; second += 1) {
      const conversation = await get();
      if (statuses.at(-1) !== conversation.status) statuses.push(conversation.status);
      sandbox().clock.advance(1);
    }

    expect(statuses).toEqual(['initiated', 'in-progress', 'processing', 'done']);
    const done = await get();
    expect(done.metadata.callDurationSecs).toBe(10);
    expect(done.metadata.batchCall).toBeUndefined();
    expect(done.metadata.phoneCall).toMatchObject({ type: 'twilio', callResult: 'answered' });
  });

  it('needs convai_write', async () => {
    sandbox().faults.inject({ kind: 'missing_permissions', permission: 'convai_write' });

    const error = await sdkFailure(twilio().outboundCall(salonCall));

    expect(errorDetail(error).status).toBe('missing_permissions');
  });
});
