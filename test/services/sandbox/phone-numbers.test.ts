import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
} from '../../../electron/main/services/sandbox';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

describe('sandbox phone numbers', () => {
  const sandbox = useSandbox();
  const phoneNumbers = () => sdkClient(sandbox()).conversationalAi.phoneNumbers;

  it('lists Twilio and SIP trunk numbers in Poland and Italy', async () => {
    const numbers = await phoneNumbers().list();

    expect(numbers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(numbers.map((number) => number.provider))).toEqual(
      new Set(['twilio', 'sip_trunk']),
    );
    expect(numbers.some((number) => number.phoneNumber.startsWith('+48'))).toBe(true);
    expect(numbers.some((number) => number.phoneNumber.startsWith('+39'))).toBe(true);
    for (const number of numbers) {
      expect(number.phoneNumberId).toMatch(/^phnum_[a-z0-9]{26}$/);
      expect(number.label).toBeTruthy();
    }
  });

  it('names the agent each number is assigned to, or none', async () => {
    const numbers = await phoneNumbers().list();
    const byId = new Map(numbers.map((number) => [number.phoneNumberId, number]));

    expect(byId.get(SANDBOX_PHONE_NUMBER_IDS.twilioPl)?.assignedAgent).toEqual({
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      agentName: 'Salon Bella – umawianie wizyt',
    });
    expect(byId.get(SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt)?.assignedAgent?.agentId).toBe(
      SANDBOX_AGENT_IDS.surveyIt,
    );
    expect(byId.get(SANDBOX_PHONE_NUMBER_IDS.twilioIt)?.assignedAgent).toBeUndefined();
  });

  it('filters by provider and by agent', async () => {
    const sip = await phoneNumbers().list({ provider: 'sip_trunk' });
    expect(sip.map((number) => number.phoneNumberId)).toEqual([
      SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt,
    ]);

    const salon = await phoneNumbers().list({ agentId: SANDBOX_AGENT_IDS.salonBookingPl });
    expect(salon.map((number) => number.phoneNumberId)).toEqual([
      SANDBOX_PHONE_NUMBER_IDS.twilioPl,
    ]);
  });

  it('returns one number by id, with its SIP trunk details', async () => {
    const number = await phoneNumbers().get(SANDBOX_PHONE_NUMBER_IDS.sipTrunkIt);

    expect(number.provider).toBe('sip_trunk');
    expect(number.phoneNumber).toBe('+390294753810');
    if (number.provider === 'sip_trunk') {
      expect(number.outboundTrunk?.transport).toBe('tls');
    }
  });

  it('answers an unknown number with 404', async () => {
    const error = await sdkFailure(phoneNumbers().get('phnum_missing'));

    expect(error.statusCode).toBe(404);
    expect(errorDetail(error).status).toBe('not_found');
  });
});
