import {
  parseDoNotCallCsv,
  type DoNotCallAddition,
  type DoNotCallLineProblem,
} from '../../../shared/domain/launch';
import { normalizePhoneNumber, type CountryCode } from '../../../shared/domain/recipients';
import type { Handlers } from '../ipc/dispatch';
import type { MainServices } from '../services/main-services';

function readTypedNumbers(
  numbers: readonly string[],
  defaultCountry: CountryCode,
  note: string | undefined,
): { additions: DoNotCallAddition[]; problems: DoNotCallLineProblem[] } {
  const additions: DoNotCallAddition[] = [];
  const problems: DoNotCallLineProblem[] = [];
  numbers.forEach((text, index) => {
    const read = normalizePhoneNumber(text, defaultCountry);
    if (read.ok)
      additions.push(note ? { phoneNumber: read.e164, note } : { phoneNumber: read.e164 });
    else {
      const { reason, code, country } = read;
      problems.push({ line: index + 1, text, reason, code, ...(country ? { country } : {}) });
    }
  });
  return { additions, problems };
}

export function launchHandlers(
  services: MainServices,
): Pick<
  Handlers,
  | 'launchCampaign'
  | 'placeTestCall'
  | 'getTestCallDefaults'
  | 'getConversation'
  | 'listDoNotCall'
  | 'addDoNotCall'
  | 'importDoNotCall'
  | 'removeDoNotCall'
> {
  const { launch, doNotCall, workspace, settings } = services;
  return {
    launchCampaign: (input) => launch.submit(input),
    placeTestCall: (input) => launch.placeTestCall(input),
    getTestCallDefaults: async () => ({ ownPhoneNumber: settings.get().ownPhoneNumber }),
    getConversation: ({ conversationId }) => workspace.gateway().getConversation(conversationId),

    listDoNotCall: async () => ({ entries: doNotCall.list() }),
    addDoNotCall: async ({ numbers, note, defaultCountry }) => {
      const { additions, problems } = readTypedNumbers(numbers, defaultCountry, note);
      return { ...doNotCall.add(additions), problems };
    },
    importDoNotCall: async ({ text, defaultCountry }) => {
      const parsed = parseDoNotCallCsv(text, defaultCountry);
      return { ...doNotCall.add(parsed.numbers), problems: parsed.problems };
    },
    removeDoNotCall: async ({ phoneNumber }) => ({ entries: doNotCall.remove(phoneNumber) }),
  };
}
