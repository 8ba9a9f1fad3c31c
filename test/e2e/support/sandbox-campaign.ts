import type { Page } from '@playwright/test';
import type { CallsheetBridge } from '../../../shared/contract';

export const SALON_AGENT = 'agent_nuiikgxxarimsrmtsuci2j2dga';
export const SALON_NUMBER = 'phnum_94jy1ysgjimzqfrfkcmhxri31x';

// The sandbox decides each call's outcome from the number, so these five always end the same
// way: three answered (Anna asks for a callback), Piotr and Maria not reached.
export const PEOPLE = [
  { name: 'Anna Nowak', phone: '+48600700800' },
  { name: 'Jan Kowalski', phone: '+48600700801' },
  { name: 'Ewa Wiśniewska', phone: '+48600700802' },
  { name: 'Piotr Zieliński', phone: '+48600700803' },
  { name: 'Maria Lewandowska', phone: '+48600700804' },
];

/** A campaign for the salon agent, saved through the bridge as the editor would; its id. */
export async function saveCampaign(page: Page, name: string): Promise<string> {
  return page.evaluate(
    async ({ name, people, agent, phoneNumber }) => {
      const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
      const created = await api.createDraft({ name });
      if (!created.ok) throw new Error(created.error.message);
      const { id, revision, defaultCountry, variables, schedule } = created.value;
      const recipients = people.map((person, index) => ({
        id: `p${index}`,
        phone_number: person.phone,
        contact_info: { name: person.name, company: 'Salon Bella' },
        preferences: { best_call_times: [], blackout_dates: [] },
        metadata: { tags: ['spring'], custom_fields: { Visit: 'Haircut' } },
        variables: {},
      }));
      const saved = await api.saveDraft({
        id,
        baseRevision: revision,
        content: {
          name,
          agent: { id: agent, name: 'Salon Bella – umawianie wizyt' },
          phoneNumber: { id: phoneNumber, label: 'Salon Bella – Warszawa', number: '+48223076512' },
          defaultCountry,
          variables,
          schedule,
          recipients,
        },
      });
      if (!saved.ok) throw new Error(saved.error.message);
      return id;
    },
    { name, people: PEOPLE, agent: SALON_AGENT, phoneNumber: SALON_NUMBER },
  );
}

/** A campaign saved as above and launched at once, as the launch step would; its id. */
export async function launchCampaign(page: Page, name: string): Promise<string> {
  const id = await saveCampaign(page, name);
  await page.evaluate(async (id) => {
    const api = (window as unknown as { callsheet: CallsheetBridge }).callsheet;
    const draft = await api.getDraft({ id });
    if (!draft.ok) throw new Error(draft.error.message);
    const launched = await api.launchCampaign({
      draftId: id,
      baseRevision: draft.value.revision,
      excludedIds: [],
      averageCallSeconds: 60,
    });
    if (!launched.ok) throw new Error(launched.error.message);
  }, id);
  return id;
}
