import {
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CampaignDraft } from '../../../shared/domain/drafts/draft';
import { launch, person, runToCompletion, useMonitorApp } from './support/monitor-app';

const env = useMonitorApp();

const recipients = [
  person('anna', '+48600100201', {
    name: 'Anna Nowak',
    fields: { Notes: '=HYPERLINK("http://evil.example","click")' },
    variables: { _notes_for_agent_: 'Strzyżenie, jutro 18:00' },
  }),
  person('marek', '+48600100202', { name: '@Marek', fields: { Notes: 'VIP' } }),
  person('ola', '+48600100203', { name: 'Ola Zielińska', fields: { Notes: '-' } }),
  person('piotr', '+48600100204', { name: 'Piotr Left-Out' }),
];

async function finishedCampaign(): Promise<{ draft: CampaignDraft; batchId: string }> {
  const { app } = env;
  app.live.script.outcome('+48600100201', {
    status: 'completed',
    summary: '+1 booked, asked to be called back',
    dataCollection: { wants_callback: true, preferred_day: 'Friday' },
  });
  app.live.script.outcome('+48600100202', { status: 'voicemail' });
  app.live.script.outcome('+48600100203', { status: 'failed', failure: 'no_answer' });
  const launched = await launch(app, 'Spring: reminders', recipients, ['piotr']);
  await runToCompletion(env, launched.batchId);
  return launched;
}

async function exported(draftId: string) {
  const result = await env.app.call('exportResults', { draftId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function table(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
    .data;
}

describe('exporting results', () => {
  it('writes every person with their columns, then the call outcome, safe for spreadsheets', async () => {
    const { draft } = await finishedCampaign();
    const { fileName, csv } = await exported(draft.id);
    expect(fileName).toMatch(/^Spring reminders results \d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');

    const rows = table(csv);
    const headers = Object.keys(rows[0] ?? {});
    expect(headers).toEqual(
      expect.arrayContaining(['Phone number', 'Name', 'Notes', 'variables._notes_for_agent_']),
    );
    const outcome = headers.slice(headers.indexOf('Call status'));
    expect(outcome.slice(0, 5)).toEqual([
      'Call status',
      expect.stringMatching(/^Call time \(.+\)$/),
      'Duration (seconds)',
      'Call successful',
      'Summary',
    ]);
    // One column per data collection field (the agent's own, and the scripted ones).
    expect(outcome.slice(5)).toEqual(expect.arrayContaining(['wants_callback', 'preferred_day']));
    expect(rows.map((row) => [row['Name'], row['Call status']])).toEqual([
      ['Anna Nowak', 'Answered'],
      ["'@Marek", 'Voicemail'],
      ['Ola Zielińska', 'Not reached'],
      ['Piotr Left-Out', 'Not called'],
    ]);
    const anna = rows[0] ?? {};
    expect(anna).toMatchObject({
      'Phone number': '+48600100201',
      Notes: `'=HYPERLINK("http://evil.example","click")`,
      'variables._notes_for_agent_': 'Strzyżenie, jutro 18:00',
      'Call successful': 'Yes',
      Summary: "'+1 booked, asked to be called back",
      wants_callback: 'true',
      preferred_day: 'Friday',
    });
    expect(anna['Duration (seconds)']).toMatch(/^\d+$/);
    expect(rows[2]?.['Notes']).toBe("'-");
  });

  it('still exports from the saved results when ElevenLabs cannot be reached, even after a restart', async () => {
    const { draft } = await finishedCampaign();
    const online = await exported(draft.id);
    await env.app.live.close();
    await env.app.restart();
    expect(await exported(draft.id)).toEqual(online);
  });

  it('sets an unreadable saved file aside, says so, and fetches the batch again', async () => {
    const { draft, batchId } = await finishedCampaign();
    const online = await exported(draft.id);
    const directory = join(env.app.dataDir, 'results');
    writeFileSync(join(directory, `${batchId}.json`), '{"format":1,"batch":{"id":');
    await env.app.restart();
    expect(await exported(draft.id)).toEqual(online);
    const [movedAside] = readdirSync(join(directory, 'corrupt'));
    expect(movedAside).toMatch(new RegExp(`^${batchId}-.+\\.json$`));
    expect(existsSync(join(directory, `${batchId}.json`))).toBe(true);
    // Where the Monitor shows it, as the campaigns list shows a damaged draft.
    const listed = await env.app.call('listBatches', {});
    expect(listed).toMatchObject({
      ok: true,
      value: {
        problems: [
          {
            file: join(directory, `${batchId}.json`),
            movedTo: join(directory, 'corrupt', movedAside ?? ''),
            message: expect.stringMatching(
              /^A batch result file .* could not be opened because it is damaged or incomplete/,
            ),
          },
        ],
      },
    });
  });

  it('goes back to the saved results a write left beside a damaged file', async () => {
    const { draft, batchId } = await finishedCampaign();
    const online = await exported(draft.id);
    await env.app.live.close();
    const path = join(env.app.dataDir, 'results', `${batchId}.json`);
    // What a write killed mid-way leaves where the file is written in place (Snap packages).
    linkSync(path, `${path}.prev`);
    writeFileSync(`${path}.tmp`, readFileSync(path, 'utf8').slice(0, 200));
    renameSync(`${path}.tmp`, path);
    await env.app.restart();
    expect(await exported(draft.id)).toEqual(online);
    expect(env.app.services.results.problems()).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/went back to the version saved just before/),
      }),
    ]);
  });

  it('says so when the campaign was never launched', async () => {
    const created = await env.app.call('createDraft', { name: 'Not yet' });
    if (!created.ok) throw new Error(created.error.message);
    expect(await env.app.call('exportResults', { draftId: created.value.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/not been launched/) },
    });
  });
});

describe('follow-up campaigns', () => {
  async function recipientsOf(draftId: string) {
    const draft = await env.app.call('getDraft', { id: draftId });
    if (!draft.ok) throw new Error(draft.error.message);
    return draft.value;
  }

  it('takes everyone who got a voicemail or was not reached, keeping their fields', async () => {
    const { draft } = await finishedCampaign();
    const created = await env.app.call('createFollowUpDraft', {
      draftId: draft.id,
      filter: { statuses: ['voicemail', 'failed'] },
    });
    expect(created).toMatchObject({
      ok: true,
      value: { name: 'Spring: reminders – follow-up', recipientCount: 2, launched: false },
    });
    if (!created.ok) return;
    const followUp = await recipientsOf(created.value.id);
    expect(followUp.recipients).toEqual([recipients[1], recipients[2]]);
    expect(followUp).toMatchObject({ agent: draft.agent, phoneNumber: draft.phoneNumber });
  });

  it('takes everyone whose collected answer matches', async () => {
    const { draft } = await finishedCampaign();
    const created = await env.app.call('createFollowUpDraft', {
      draftId: draft.id,
      filter: { dataField: { id: 'wants_callback', equals: 'true' } },
      name: 'Call-backs',
    });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ name: 'Call-backs', recipientCount: 1 });
    expect((await recipientsOf(created.value.id)).recipients).toEqual([recipients[0]]);
  });

  it('refuses an empty filter, and a filter nobody matches', async () => {
    const { draft } = await finishedCampaign();
    expect(
      await env.app.call('createFollowUpDraft', { draftId: draft.id, filter: {} }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      await env.app.call('createFollowUpDraft', {
        draftId: draft.id,
        filter: { statuses: ['cancelled'] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation', message: /Nobody/ } });
  });
});
