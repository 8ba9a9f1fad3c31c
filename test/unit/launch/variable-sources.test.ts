import { describe, expect, it } from 'vitest';
import {
  describeVariableSources,
  findMissingValues,
  listBindableFields,
  suggestBindings,
  type VariableBindings,
} from '../../../shared/domain/launch';
import { agent, draft, person } from './launch-fixtures';

describe('describeVariableSources', () => {
  const notesAgent = agent({
    prompt: 'Notes: {{_notes_for_agent_}}. Place: {{_place_name_}}.',
    firstMessage: 'Buongiorno {{nome}}!',
    variables: ['_notes_for_agent_', '_place_name_', 'nome'],
    variableDefaults: { _place_name_: 'Salon Róża' },
  });

  it('counts, per variable, where each recipient’s value comes from', () => {
    const campaign = draft({
      variables: { _notes_for_agent_: 'Spring offer' },
      recipients: [
        person('a', { contact_info: { name: 'Anna' }, variables: { nome: 'Annina' } }),
        person('b', { contact_info: { name: 'Bruno' }, variables: { _notes_for_agent_: 'VIP' } }),
        person('c'),
        person('d', { contact_info: { name: 'Dario' } }),
      ],
    });
    const bindings: VariableBindings = { nome: 'contact_info.name' };
    const [notes, place, nome] = describeVariableSources(notesAgent, campaign, bindings);

    expect(notes).toMatchObject({
      name: '_notes_for_agent_',
      source: 'campaign',
      bySource: { recipient: 1, campaign: 3, field: 0, agent_default: 0, none: 0 },
      campaignValue: 'Spring offer',
      withValue: 4,
      withoutValue: 0,
    });
    expect(place).toMatchObject({
      name: '_place_name_',
      source: 'agent_default',
      agentDefault: 'Salon Róża',
      withValue: 4,
    });
    expect(nome).toMatchObject({
      name: 'nome',
      source: 'field',
      boundField: { path: 'contact_info.name', label: 'Name' },
      bySource: { recipient: 1, field: 2, none: 1 },
      withValue: 3,
      withoutValue: 1,
    });
  });

  it('says where a value would come from when there is nobody on the list yet', () => {
    const [notes, place, nome] = describeVariableSources(
      notesAgent,
      draft({ variables: { nome: '   ' } }),
      {},
    );
    expect(notes?.source).toBe('none');
    expect(place?.source).toBe('agent_default');
    // A blank campaign value is no value.
    expect(nome).toMatchObject({ source: 'none', campaignValue: null });
  });
});

describe('precedence', () => {
  const nameAgent = agent({
    firstMessage: 'Hello {{customer_name}}',
    variables: ['customer_name'],
    variableDefaults: { customer_name: 'there' },
  });
  const bindings: VariableBindings = { customer_name: 'contact_info.name' };
  const sourceFor = (recipient: ReturnType<typeof person>, variables = {}) =>
    describeVariableSources(nameAgent, draft({ variables, recipients: [recipient] }), bindings)[0]
      ?.source;

  it('prefers the recipient’s own value, then the bound field, campaign value, agent default', () => {
    const own = person('a', {
      contact_info: { name: 'Field' },
      variables: { customer_name: 'Own' },
    });
    expect(sourceFor(own, { customer_name: 'Campaign' })).toBe('recipient');
    const bound = person('a', { contact_info: { name: 'Field' } });
    expect(sourceFor(bound, { customer_name: 'Campaign' })).toBe('field');
    expect(sourceFor(person('a'), { customer_name: 'Campaign' })).toBe('campaign');
    expect(sourceFor(person('a'))).toBe('agent_default');
  });

  it('falls through blank values instead of sending them', () => {
    const blank = person('a', { contact_info: { name: '  ' }, variables: { customer_name: ' ' } });
    expect(sourceFor(blank, { customer_name: 'Campaign' })).toBe('campaign');
  });
});

describe('findMissingValues', () => {
  const italianAgent = agent({
    firstMessage: 'Buongiorno {{nome}}, chiamo da {{_place_name_}}. Sono le {{system__time}}.',
    variables: ['nome', '_place_name_'],
    variableDefaults: { _place_name_: '' },
  });

  it('lists recipients lacking a value, with the variables spelled as the agent spells them', () => {
    const campaign = draft({
      recipients: [
        person('a', { variables: { nome: 'Giulia', _place_name_: 'Roma' } }),
        person('b', { variables: { nome: 'Marco' } }),
        person('c'),
      ],
    });
    // A blank agent default is no default, and system__ variables are never asked for.
    expect(findMissingValues(italianAgent, campaign, {})).toEqual([
      { recipientId: 'b', variables: ['_place_name_'] },
      { recipientId: 'c', variables: ['nome', '_place_name_'] },
    ]);
  });

  it('passes over the people the launch leaves out', () => {
    const campaign = draft({ recipients: [person('b'), person('c')] });
    expect(findMissingValues(italianAgent, campaign, {}, { leaveOut: new Set(['b']) })).toEqual([
      { recipientId: 'c', variables: ['nome', '_place_name_'] },
    ]);
  });

  it('is empty once a campaign value and a binding fill the gaps', () => {
    const campaign = draft({
      variables: { _place_name_: 'Roma' },
      recipients: [person('c', { contact_info: { name: 'Chiara' } })],
    });
    expect(findMissingValues(italianAgent, campaign, { nome: 'contact_info.name' })).toEqual([]);
  });

  it('counts placeholders in a recipient’s own first message when the agent allows it', () => {
    const open = agent({
      firstMessage: 'Hi',
      overrides: { firstMessage: true, language: false, systemPrompt: false, voiceId: false },
    });
    const campaign = draft({
      recipients: [
        person('a', { metadata: { tags: [], custom_fields: { first_message: 'Hi {{pet}}' } } }),
      ],
    });
    expect(findMissingValues(open, campaign, {})).toEqual([
      { recipientId: 'a', variables: ['pet'] },
    ]);
  });
});

describe('bindable fields', () => {
  it('offers every readable recipient value with its label, then each custom field', () => {
    const fields = listBindableFields([
      person('a', { metadata: { tags: [], custom_fields: { 'Shoe size': '38', ' Pet ': 'cat' } } }),
      person('b', { metadata: { tags: [], custom_fields: { 'Shoe size': '41' } } }),
    ]);
    expect(fields.map((field) => field.label)).toEqual([
      'Name',
      'Company',
      'Job title',
      'Department',
      'Phone number',
      'Language',
      'Time zone',
      'Tags',
      'Priority',
      'Customer type',
      'Shoe size',
      'Pet',
    ]);
    expect(fields.at(-1)).toMatchObject({ path: 'metadata.custom_fields.Pet', custom: true });
  });

  it('suggests bindings for variables that name a recipient field or a custom field', () => {
    const suggestions = suggestBindings(
      agent({ variables: ['customer_name', 'nome', 'shoe_size', '_notes_for_agent_', 'company'] }),
      [person('a', { metadata: { tags: [], custom_fields: { 'Shoe size': '38' } } })],
      { company: 'contact_info.department' },
    );
    expect(suggestions).toEqual({
      customer_name: 'contact_info.name',
      nome: 'contact_info.name',
      shoe_size: 'metadata.custom_fields.Shoe size',
    });
  });
});
