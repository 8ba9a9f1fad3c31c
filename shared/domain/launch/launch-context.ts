import type { AgentDetails } from '../agents/agent';
import type { DraftContent } from '../drafts/draft';
import {
  normalizerFor,
  normalizeRecipient,
  type PhoneNumberNormalizer,
  type StoredRecipient,
  type StoredRecipientInput,
} from '../recipients';
import type { VariableBindings } from './recipient-values';

/** The parts of a draft that decide what each call is sent. */
export type LaunchDraft = Pick<DraftContent, 'defaultCountry' | 'variables' | 'recipients'>;

export interface LaunchContextOptions {
  /**
   * The normaliser recipient validation used, so numbers it already parsed are not parsed
   * again (that is most of the cost on a long list). Ignored when made for another country.
   */
  phoneNumbers?: PhoneNumberNormalizer;
}

/** For the checks that can block a launch (missing values, overrides the agent forbids). */
export interface LaunchCheckOptions extends LaunchContextOptions {
  /**
   * Ids of people the launch leaves out anyway (left out by hand, on the do-not-call list; see
   * leftOutAtLaunch): the check passes over them.
   */
  leaveOut?: ReadonlySet<string>;
}

/** Everything needed to work out one recipient's call, made once per list. */
export interface LaunchContext {
  agent: AgentDetails;
  campaignVariables: Readonly<Record<string, string>>;
  bindings: VariableBindings;
  defaultCountry: DraftContent['defaultCountry'];
  phoneNumbers: PhoneNumberNormalizer;
  /** The recipient as ElevenLabs would get it: every value in its canonical form. */
  normalize(recipient: StoredRecipientInput): StoredRecipient;
}

export function createLaunchContext(
  agent: AgentDetails,
  draft: Pick<DraftContent, 'defaultCountry' | 'variables'>,
  bindings: VariableBindings,
  options: LaunchContextOptions = {},
): LaunchContext {
  const phoneNumbers = normalizerFor(draft.defaultCountry, options.phoneNumbers);
  return {
    agent,
    campaignVariables: draft.variables,
    bindings,
    defaultCountry: draft.defaultCountry,
    phoneNumbers,
    normalize: (recipient) => normalizeRecipient(recipient, draft.defaultCountry, { phoneNumbers }),
  };
}
