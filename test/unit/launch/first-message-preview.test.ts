import { describe, expect, it } from 'vitest';
import {
  previewFirstMessage,
  renderFirstMessage,
  systemVariableHint,
} from '../../../shared/domain/launch';
import { agent, ALL_OVERRIDES, draft, person } from './launch-fixtures';

describe('renderFirstMessage', () => {
  const italian = agent({
    firstMessage: 'Buongiorno {{nome}}, sono le {{system__time}}. Chiamo da {{ _place_name_ }}.',
    variables: ['nome', '_place_name_'],
  });

  it('fills placeholders, shows system values as hints and marks missing values', () => {
    const preview = renderFirstMessage(italian, { nome: 'Giulia' });
    expect(preview.text).toBe(
      'Buongiorno Giulia, sono le ‹time of the call›. Chiamo da ‹missing: _place_name_›.',
    );
    expect(preview.missing).toEqual(['_place_name_']);
    expect(preview.segments).toEqual([
      { kind: 'text', text: 'Buongiorno ' },
      { kind: 'value', name: 'nome', text: 'Giulia' },
      { kind: 'text', text: ', sono le ' },
      { kind: 'system', name: 'system__time', text: '‹time of the call›' },
      { kind: 'text', text: '. Chiamo da ' },
      { kind: 'missing', name: '_place_name_', text: '‹missing: _place_name_›' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves text that only looks like a placeholder alone', () => {
    const odd = agent({ firstMessage: 'Price {{ 1abc }} or {single} {{}}' });
    expect(renderFirstMessage(odd, {}).text).toBe('Price {{ 1abc }} or {single} {{}}');
  });

  it('describes unknown system variables readably', () => {
    expect(systemVariableHint('system__caller_id')).toBe('‹calling number›');
    expect(systemVariableHint('system__new_thing_id')).toBe('‹new thing id›');
  });
});

describe('previewFirstMessage', () => {
  const english = agent({
    firstMessage: 'Hello {{customer_name}}, this is {{_place_name_}}.',
    variables: ['customer_name', '_place_name_'],
    variableDefaults: { _place_name_: 'Rose Salon' },
  });

  it('shows exactly what the call will be sent', () => {
    const recipient = person('a', { contact_info: { name: 'John' } });
    const preview = previewFirstMessage(recipient, english, draft(), {
      customer_name: 'contact_info.name',
    });
    expect(preview.text).toBe('Hello John, this is Rose Salon.');
    expect(preview.missing).toEqual([]);
  });

  it('uses the recipient’s own first message only when the agent allows it', () => {
    const recipient = person('a', {
      variables: { customer_name: 'John' },
      metadata: { tags: [], custom_fields: { first_message: 'Hi {{customer_name}}, quick one!' } },
    });
    expect(previewFirstMessage(recipient, english, draft(), {}).text).toBe(
      'Hello John, this is Rose Salon.',
    );
    const open = { ...english, overrides: ALL_OVERRIDES };
    expect(previewFirstMessage(recipient, open, draft(), {}).text).toBe('Hi John, quick one!');
  });
});
