import { describe, expect, it } from 'vitest';
import {
  SANDBOX_AGENT_IDS,
  SANDBOX_PHONE_NUMBER_IDS,
  type ScriptedOutcome,
} from '../../../electron/main/services/sandbox';
import { polishNumber, submitSalonBatch } from './call-fixtures';
import { errorDetail, sdkClient, sdkFailure, useSandbox } from './sandbox-harness';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('sandbox conversations', () => {
  const sandbox = useSandbox({ timeScale: 0 });
  const client = () => sdkClient(sandbox());
  const conversations = () => client().conversationalAi.conversations;

  let calls = 0;

  /** Calls a new number for the salon agent at `place`, ending as `outcome` says. */
  async function salonCall(place: string, outcome: ScriptedOutcome): Promise<string> {
    calls += 1;
    const toNumber = polishNumber(500 + calls);
    sandbox().script.outcome(toNumber, outcome);
    const answer = await client().conversationalAi.twilio.outboundCall({
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioPl,
      toNumber,
      conversationInitiationClientData: {
        dynamicVariables: { _place_name_: place, _notes_for_agent_: 'Woli popołudnia.' },
      },
    });
    return answer.conversationId ?? '';
  }

  it('gives a finished call a Polish transcript, English analysis and collected data', async () => {
    const id = await salonCall('Studio Urody Ewa', {
      status: 'completed',
      callSuccessful: 'success',
    });
    sandbox().clock.advance(60);

    const conversation = await conversations().get(id);

    expect(conversation).toMatchObject({
      conversationId: id,
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      agentName: 'Salon Bella – umawianie wizyt',
      status: 'done',
      hasAudio: true,
    });
    const [first, second] = conversation.transcript;
    expect(first).toMatchObject({ role: 'agent', timeInCallSecs: 0 });
    expect(first?.message).toBe(
      'Dzień dobry, tu wirtualna asystentka salonu Studio Urody Ewa. Dzwonię, żeby pomóc umówić wizytę. Czy to dobry moment na krótką rozmowę?',
    );
    expect(second?.role).toBe('user');
    expect(conversation.transcript.some((turn) => turn.message?.includes('Studio Urody Ewa'))).toBe(
      true,
    );
    const times = conversation.transcript.map((turn) => turn.timeInCallSecs);
    expect(times).toEqual([...times].sort((a, b) => a - b));

    expect(conversation.metadata.mainLanguage).toBe('pl');
    expect(conversation.metadata.callDurationSecs).toBeGreaterThan(0);
    expect(conversation.metadata.startTimeUnixSecs).toBeLessThanOrEqual(sandbox().clock.nowUnix());
    expect(conversation.analysis?.callSuccessful).toBe('success');
    expect(conversation.analysis?.transcriptSummary).toMatch(
      /Studio Urody Ewa .* booked .* for (tomorrow|Thursday|Saturday|Friday) at \d\d:\d\d/,
    );
    const data = conversation.analysis?.dataCollectionResults ?? {};
    expect(data['booked_appointment']?.value).toBe(true);
    expect(data['wants_callback']?.value).toBe(false);
    expect(typeof data['preferred_time']?.value).toBe('string');
    expect(conversation.analysis?.evaluationCriteriaResults?.['wizyta_umowiona']?.result).toBe(
      'success',
    );
  });

  it('echoes the dynamic variables the call started with, plus the system ones', async () => {
    const id = await salonCall('Studio Ewa', { status: 'completed' });

    const conversation = await conversations().get(id);

    expect(conversation.conversationInitiationClientData?.dynamicVariables).toMatchObject({
      _place_name_: 'Studio Ewa',
      _notes_for_agent_: 'Woli popołudnia.',
      system__conversation_id: id,
      system__agent_id: SANDBOX_AGENT_IDS.salonBookingPl,
      system__called_number: polishNumber(500 + calls),
      system__caller_id: '+48223076512',
    });
  });

  it('reveals the transcript as the call goes, and the analysis only after it', async () => {
    const id = await salonCall('Salon Ania', { status: 'completed', durationSecs: 12 });

    const ringing = await conversations().get(id);
    expect(ringing).toMatchObject({ status: 'initiated', transcript: [], hasAudio: false });
    expect(ringing.analysis).toBeUndefined();

    let talking = ringing;
    while (talking.status !== 'in-progress') {
      sandbox().clock.advance(1);
      talking = await conversations().get(id);
    }
    sandbox().clock.advance(6);
    const midway = await conversations().get(id);
    expect(midway.status).toBe('in-progress');
    expect(midway.transcript.length).toBeGreaterThan(0);
    expect(midway.metadata.callDurationSecs).toBe(6);
    expect(midway.analysis).toBeUndefined();

    sandbox().clock.advance(6);
    const processing = await conversations().get(id);
    expect(processing.status).toBe('processing');
    expect(processing.transcript.length).toBeGreaterThan(midway.transcript.length);
    expect(processing.analysis).toBeUndefined();

    sandbox().clock.advance(5);
    await expect(conversations().get(id)).resolves.toMatchObject({ status: 'done' });
  });

  it('reports an unanswered call as failed, without transcript or audio', async () => {
    const id = await salonCall('Salon Ola', { status: 'failed', failure: 'no_answer' });
    sandbox().clock.advance(60);

    const conversation = await conversations().get(id);

    expect(conversation).toMatchObject({ status: 'failed', transcript: [], hasAudio: false });
    expect(conversation.metadata.phoneCall).toMatchObject({ callResult: 'no_answer' });
    expect(conversation.metadata.error?.code).toBe(480);
    expect(conversation.analysis?.transcriptSummary).toBe('The call was not answered.');
    const audio = await sdkFailure(conversations().audio.get(id));
    expect(audio.statusCode).toBe(404);
  });

  it('reports a voicemail with the message the agent left', async () => {
    const id = await salonCall('Salon Iza', { voicemail: true });
    sandbox().clock.advance(60);

    const conversation = await conversations().get(id);

    expect(conversation.status).toBe('done');
    expect(conversation.metadata.phoneCall).toMatchObject({ callResult: 'voicemail' });
    expect(conversation.transcript.every((turn) => turn.role === 'agent')).toBe(true);
    expect(conversation.transcript.at(-1)?.message).toContain('Salon Iza');
    expect(conversation.analysis?.callSuccessful).toBe('failure');
  });

  it('serves a small WAV recording once the call is done', async () => {
    const id = await salonCall('Salon Ela', { status: 'completed' });
    await expect(sdkFailure(conversations().audio.get(id))).resolves.toMatchObject({
      statusCode: 404,
    });
    sandbox().clock.advance(60);

    const audio = await readAll(await conversations().audio.get(id));

    expect(audio.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(audio.subarray(8, 12).toString('ascii')).toBe('WAVE');
    expect(audio.readUInt32LE(4)).toBe(audio.length - 8);
    expect(audio.length).toBeGreaterThan(1_000);
    expect(audio.length).toBeLessThan(200_000);
    const raw = await fetch(`${sandbox().url}/v1/convai/conversations/${id}/audio`, {
      headers: { 'xi-api-key': sandbox().apiKey },
    });
    expect(raw.headers.get('content-type')).toBe('audio/wav');
  });

  it('has no audio for a call scripted without a recording', async () => {
    const id = await salonCall('Salon Kasia', { status: 'completed', recording: false });
    sandbox().clock.advance(60);

    const conversation = await conversations().get(id);

    expect(conversation.hasAudio).toBe(false);
    const error = await sdkFailure(conversations().audio.get(id));
    expect(errorDetail(error).status).toBe('audio_not_found');
  });

  it('answers an unknown conversation with 404', async () => {
    const error = await sdkFailure(conversations().get('conv_doesnotexist'));

    expect(error.statusCode).toBe(404);
    expect(errorDetail(error).message).toContain('conv_doesnotexist');
  });

  it('lists conversations newest first, by agent, without repeats while calls keep coming', async () => {
    const batch = await submitSalonBatch(
      client(),
      Array.from({ length: 7 }, (_, i) => ({ phoneNumber: polishNumber(i) })),
      { targetConcurrencyLimit: 1 },
    );
    sandbox().clock.advance(300);
    await client().conversationalAi.twilio.outboundCall({
      agentId: SANDBOX_AGENT_IDS.reminderEn,
      agentPhoneNumberId: SANDBOX_PHONE_NUMBER_IDS.twilioIt,
      toNumber: '+447700900123',
    });

    const first = await conversations().list({
      agentId: SANDBOX_AGENT_IDS.salonBookingPl,
      pageSize: 3,
    });
    expect(first.conversations).toHaveLength(3);
    expect(first.hasMore).toBe(true);
    // A new call arrives between pages; it must not shift the pages that follow.
    await submitSalonBatch(client(), [{ phoneNumber: polishNumber(99) }]);
    const seen = [...first.conversations];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await conversations().list({
        agentId: SANDBOX_AGENT_IDS.salonBookingPl,
        pageSize: 3,
        cursor,
      });
      seen.push(...page.conversations);
      cursor = page.hasMore ? page.nextCursor : undefined;
    }

    const ids = seen.map((conversation) => conversation.conversationId);
    expect(new Set(ids).size).toBe(7);
    const starts = seen.map((conversation) => conversation.startTimeUnixSecs);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    for (const conversation of seen) {
      expect(conversation.agentId).toBe(SANDBOX_AGENT_IDS.salonBookingPl);
      expect(conversation.direction).toBe('outbound');
    }
    const detail = await client().conversationalAi.batchCalls.get(batch.id);
    expect(new Set(ids)).toEqual(
      new Set(detail.recipients.map((recipient) => recipient.conversationId)),
    );
  });

  it('includes summaries and chosen data collection results when asked', async () => {
    await salonCall('Salon Basia', { status: 'completed', callSuccessful: 'success' });
    await salonCall('Salon Jola i Syn', { status: 'completed', callSuccessful: 'failure' });
    sandbox().clock.advance(60);

    const plain = await conversations().list();
    expect(plain.conversations.every((item) => item.transcriptSummary === undefined)).toBe(true);

    const detailed = await conversations().list({
      summaryMode: 'include',
      dataCollectionIds: ['booked_appointment'],
      callSuccessful: 'success',
    });
    expect(detailed.conversations).toHaveLength(1);
    const [item] = detailed.conversations;
    expect(item?.transcriptSummary).toContain('Salon Basia');
    expect(Object.keys(item?.dataCollectionResults ?? {})).toEqual(['booked_appointment']);
  });

  it('rejects a cursor it did not issue and a page size over 100', async () => {
    await expect(
      sdkFailure(conversations().list({ cursor: 'not-a-cursor' })),
    ).resolves.toMatchObject({ statusCode: 400 });
    await expect(sdkFailure(conversations().list({ pageSize: 101 }))).resolves.toMatchObject({
      statusCode: 422,
    });
  });
});
