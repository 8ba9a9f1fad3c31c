import { useMemo } from 'react';
import type { AgentDetails } from '../../../../shared/domain/agents/agent';
import {
  applyDoNotCall,
  describeVariableSources,
  doNotCallSet,
  findDisallowedOverrides,
  findMissingValues,
  listBindableFields,
  prepareListCalls,
  suggestBindings,
  type BindableField,
  type DisallowedOverride,
  type MissingValues,
  type RecipientValuePath,
  type VariableSourceSummary,
} from '../../../../shared/domain/launch';
import { createPhoneNumberNormalizer } from '../../../../shared/domain/recipients';
import { useNow } from '../../ui/use-now';
import { useDraft } from '../campaigns/editor/draft-store-context';
import { useDoNotCall } from '../do-not-call/do-not-call-store';
import { useRecipients } from '../recipients/recipient-store-context';
import { readEstimateInputs } from './estimate-inputs';
import { useDraftLaunch } from './launch-store';
import { prepareLaunch } from './prepare-launch';

export interface VariableReview {
  sources: VariableSourceSummary[];
  /** Everyone lacking a value, left out by hand or not; never people on the do-not-call list. */
  missing: MissingValues[];
  /** Only among the people the launch would call. */
  disallowed: DisallowedOverride[];
  fields: BindableField[];
  suggestions: Record<string, RecipientValuePath>;
}

// Plans depend on the time (a start that has passed, the next calling window); twice a minute
// keeps them current without recomputing a long list all the time.
const PLAN_REFRESH_MS = 30_000;

/**
 * Everything the Launch step shows about the draft as it is being edited: where each value
 * comes from, who lacks one, and the batches and estimate main would submit now.
 */
export function useLaunchReview(agent: AgentDetails) {
  const id = useDraft((state) => state.id);
  const settings = useDraft((state) => state.settings);
  const stored = useRecipients((state) => state.recipients);
  // The shared functions are typed for a plain array (they never change it).
  const recipients = useMemo(() => [...stored], [stored]);
  const entries = useDoNotCall((state) => state.entries);
  const excludedIds = useDraftLaunch(id, (state) => state.excludedIds);
  const estimate = useDraftLaunch(id, (state) => state.estimate);
  const now = useNow(PLAN_REFRESH_MS);
  const { agent: chosenAgent, defaultCountry, variables, bindings } = settings;

  // One reader for every pass over the list: it remembers numbers it has read.
  const phoneNumbers = useMemo(() => createPhoneNumberNormalizer(defaultCountry), [defaultCountry]);

  const doNotCall = useMemo(() => doNotCallSet(entries ?? []), [entries]);
  // Nothing about them can block the launch; people left out by hand stay listed as missing
  // values, so they can be brought back.
  const onDoNotCall = useMemo(
    () =>
      new Set(applyDoNotCall(recipients, doNotCall, defaultCountry, { phoneNumbers }).excluded.ids),
    [recipients, doNotCall, defaultCountry, phoneNumbers],
  );
  const leftOut = useMemo(
    () => new Set([...onDoNotCall, ...excludedIds]),
    [onDoNotCall, excludedIds],
  );

  const listReview = useMemo(() => {
    const draft = { defaultCountry, variables, recipients };
    return {
      sources: describeVariableSources(agent, draft, bindings, { phoneNumbers }),
      missing: findMissingValues(agent, draft, bindings, { phoneNumbers, leaveOut: onDoNotCall }),
      fields: listBindableFields(recipients),
      suggestions: suggestBindings(agent, recipients, bindings),
    };
  }, [agent, defaultCountry, variables, bindings, recipients, phoneNumbers, onDoNotCall]);
  const disallowed = useMemo(
    () =>
      findDisallowedOverrides(
        agent,
        { defaultCountry, variables, recipients },
        { phoneNumbers, leaveOut: leftOut },
      ),
    [agent, defaultCountry, variables, recipients, phoneNumbers, leftOut],
  );
  const variableReview = useMemo(
    (): VariableReview => ({ ...listReview, disallowed }),
    [listReview, disallowed],
  );

  const estimateInputs = useMemo(() => readEstimateInputs(estimate), [estimate]);

  // Kept apart from the plan so the plan's refresh every PLAN_REFRESH_MS, and leaving people
  // out, don't validate every recipient again: on a list of 100k that took about a second.
  const calls = useMemo(
    () =>
      prepareListCalls(
        { agent: chosenAgent, defaultCountry, variables, recipients },
        agent,
        bindings,
        { phoneNumbers },
      ),
    [chosenAgent, agent, defaultCountry, variables, recipients, bindings, phoneNumbers],
  );

  const preparation = useMemo(() => {
    const { inputs } = estimateInputs;
    if (inputs === null) return null;
    // The revision only names the batches, which this preview never shows.
    const draft = { ...settings, id, revision: 0, recipients };
    return prepareLaunch(draft, agent, {
      doNotCall,
      excludedIds,
      inputs,
      now,
      phoneNumbers,
      calls,
    });
  }, [
    agent,
    settings,
    id,
    recipients,
    doNotCall,
    excludedIds,
    estimateInputs,
    now,
    phoneNumbers,
    calls,
  ]);

  return { variableReview, estimateInputs, preparation };
}
