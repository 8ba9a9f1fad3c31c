import { describe, expect, it } from 'vitest';
import { buildDynamicVariables } from '../../../shared/domain/launch';
import { agent, draft, person } from './launch-fixtures';

describe('buildDynamicVariables', () => {
  it('keys values exactly as the agent spells its placeholders', () => {
    const salon = agent({
      prompt: 'Call about {{_place_name_}}. Notes: {{ _notes_for_agent_ }}. {{system__time_utc}}',
      variables: ['_place_name_', '_notes_for_agent_'],
    });
    const recipient = person('a', {
      variables: { _notes_for_agent_: 'Prefers mornings', _place_name_: 'Salon Róża' },
    });
    expect(buildDynamicVariables(recipient, salon, draft(), {})).toEqual({
      _place_name_: 'Salon Róża',
      _notes_for_agent_: 'Prefers mornings',
    });
  });

  it('fills an Italian agent’s {{nome}} from the bound Name field', () => {
    const italian = agent({ language: 'it', firstMessage: 'Ciao {{nome}}!', variables: ['nome'] });
    const recipient = person('a', { contact_info: { name: ' Giulia Bianchi ' } });
    expect(
      buildDynamicVariables(recipient, italian, draft(), { nome: 'contact_info.name' }),
    ).toEqual({ nome: 'Giulia Bianchi' });
  });

  it('fills an English agent’s {{customer_name}}, falling back to the campaign value', () => {
    const english = agent({
      language: 'en',
      firstMessage: 'Hello {{customer_name}}',
      variables: ['customer_name'],
    });
    const campaign = draft({ variables: { customer_name: 'valued customer' } });
    const bindings = { customer_name: 'contact_info.name' } as const;
    expect(buildDynamicVariables(person('a'), english, campaign, bindings)).toEqual({
      customer_name: 'valued customer',
    });
    expect(
      buildDynamicVariables(
        person('b', { contact_info: { name: 'John' } }),
        english,
        campaign,
        bindings,
      ),
    ).toEqual({ customer_name: 'John' });
  });

  it('sends only the variables the agent uses, never other recipient data', () => {
    const english = agent({ variables: ['customer_name'] });
    const recipient = person('a', {
      contact_info: { name: 'John' },
      metadata: { tags: [], custom_fields: { diagnosis: 'private' } },
      variables: { customer_name: 'John', unused: 'also private' },
    });
    expect(buildDynamicVariables(recipient, english, draft(), {})).toEqual({
      customer_name: 'John',
    });
  });

  it('sends the agent’s own default explicitly, so the call matches the preview', () => {
    const withDefault = agent({ variables: ['offer'], variableDefaults: { offer: '10% off' } });
    expect(buildDynamicVariables(person('a'), withDefault, draft(), {})).toEqual({
      offer: '10% off',
    });
  });

  it('leaves out variables nothing supplies', () => {
    const needs = agent({ variables: ['nome', 'cognome'] });
    const recipient = person('a', { variables: { nome: 'Luca' } });
    expect(buildDynamicVariables(recipient, needs, draft(), {})).toEqual({ nome: 'Luca' });
  });

  it('reads bound values in their canonical form', () => {
    const everything = agent({
      variables: ['phone', 'tags', 'size', 'lang', 'prio', 'zone', 'kind'],
    });
    const recipient = person('a', {
      phone_number: '0048 600-700-800',
      preferences: {
        language: 'Polish',
        timezone: 'europe/warsaw',
        best_call_times: [],
        blackout_dates: [],
      },
      metadata: {
        priority: 'High ',
        customer_type: 'VIP',
        tags: ['spring', ' vip ', 'spring'],
        custom_fields: { ' Shoe size ': ' 38 ' },
      },
    });
    expect(
      buildDynamicVariables(recipient, everything, draft(), {
        phone: 'phone_number',
        tags: 'metadata.tags',
        size: 'metadata.custom_fields.Shoe size',
        lang: 'preferences.language',
        prio: 'metadata.priority',
        zone: 'preferences.timezone',
        kind: 'metadata.customer_type',
      }),
    ).toEqual({
      phone: '+48600700800',
      tags: 'spring, vip',
      size: '38',
      lang: 'pl',
      prio: 'high',
      zone: 'Europe/Warsaw',
      kind: 'vip',
    });
  });

  it('keeps a variable called __proto__ as an ordinary value', () => {
    const odd = agent({ variables: ['__proto__'] });
    const values = buildDynamicVariables(person('a'), odd, draft({ variables: {} }), {}, {});
    expect(Object.keys(values)).toEqual([]);
    const filled = buildDynamicVariables(
      person('a', { variables: Object.fromEntries([['__proto__', 'x']]) }),
      odd,
      draft(),
      {},
    );
    expect(Object.hasOwn(filled, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(filled)).toBe(Object.prototype);
  });
});
