import { describe, expect, it } from 'vitest';
import {
  describeTaskVariables,
  effectiveBindings,
  findPlacesMissingValues,
  prepareTaskCalls,
} from '../../../shared/domain/tasks';
import { errandAgent, place, task } from './task-fixtures';

describe('which agent variables carry the notes and the place name', () => {
  it('binds the conventional placeholders when the agent uses them', () => {
    expect(effectiveBindings(errandAgent(), {})).toEqual({
      _place_name_: 'place_name',
      _notes_for_agent_: 'notes',
    });
  });

  it('lets the user bind an agent that names them otherwise, ignoring variables it lacks', () => {
    const agent = errandAgent({ variables: ['salon', 'zadanie', 'godzina'] });
    expect(effectiveBindings(agent, {})).toEqual({});
    expect(
      effectiveBindings(agent, { salon: 'place_name', zadanie: 'notes', gone: 'notes' }),
    ).toEqual({ salon: 'place_name', zadanie: 'notes' });
  });

  it('keeps the user’s choice over the conventional one', () => {
    expect(effectiveBindings(errandAgent(), { _place_name_: 'notes' })).toEqual({
      _place_name_: 'notes',
      _notes_for_agent_: 'notes',
    });
  });

  it('shows each variable’s source as the launch screen does', () => {
    const agent = errandAgent({
      variables: ['_place_name_', '_notes_for_agent_', 'godzina'],
      variableDefaults: { godzina: '18:00' },
    });
    const sources = describeTaskVariables(agent, task());
    expect(
      sources.map(({ name, source, boundField, withValue, withoutValue }) => ({
        name,
        source,
        label: boundField?.label ?? null,
        withValue,
        withoutValue,
      })),
    ).toEqual([
      { name: '_place_name_', source: 'field', label: 'Place name', withValue: 2, withoutValue: 0 },
      {
        name: '_notes_for_agent_',
        source: 'field',
        label: 'Notes for the agent',
        withValue: 2,
        withoutValue: 0,
      },
      { name: 'godzina', source: 'agent_default', label: null, withValue: 2, withoutValue: 0 },
    ]);
  });
});

describe('checking values before a run', () => {
  it('finds places whose call would miss a value, spelled as the agent spells it', () => {
    const agent = errandAgent({ variables: ['_place_name_', '_notes_for_agent_', 'godzina'] });
    const missing = findPlacesMissingValues(
      agent,
      task({
        notes: '  ',
        places: [place('p1', 'Salon Bella', '600 700 800', { godzina: '18:00' })],
      }),
    );
    expect(missing).toEqual([{ recipientId: 'p1', variables: ['_notes_for_agent_'] }]);
  });

  it('falls back to the agent’s defaults for blank notes', () => {
    const agent = errandAgent({ variableDefaults: { _notes_for_agent_: 'Brak notatek.' } });
    expect(findPlacesMissingValues(agent, task({ notes: '' }))).toEqual([]);
  });
});

describe('what each place’s call is sent', () => {
  it('sends the notes and the place’s own name, its number normalised, and nothing else', () => {
    const agent = errandAgent({ variables: ['_place_name_', '_notes_for_agent_', 'godzina'] });
    const calls = prepareTaskCalls(
      agent,
      task({
        places: [
          place('p1', ' Salon Bella ', '600 700 800', { godzina: '18:00', unused: 'private' }),
          place('p2', 'Salon Anna', '+39 347 123 4567', {
            godzina: '19:00',
            _notes_for_agent_: 'Only a trim here',
          }),
        ],
      }),
    );
    expect(calls.map(({ place: { id }, toNumber, call }) => ({ id, toNumber, ...call }))).toEqual([
      {
        id: 'p1',
        toNumber: '+48600700800',
        dynamicVariables: {
          _place_name_: 'Salon Bella',
          _notes_for_agent_: 'Book a haircut for tomorrow at 18:00',
          godzina: '18:00',
        },
        missing: [],
        overrides: {},
        conversationConfigOverride: undefined,
      },
      {
        id: 'p2',
        toNumber: '+393471234567',
        dynamicVariables: {
          _place_name_: 'Salon Anna',
          _notes_for_agent_: 'Only a trim here',
          godzina: '19:00',
        },
        missing: [],
        overrides: {},
        conversationConfigOverride: undefined,
      },
    ]);
  });

  it('fills a variable the user bound to the notes', () => {
    const agent = errandAgent({ variables: ['salon', 'zadanie'] });
    const [first] = prepareTaskCalls(
      agent,
      task({ bindings: { salon: 'place_name', zadanie: 'notes' } }),
    );
    expect(first?.call.dynamicVariables).toEqual({
      salon: 'Salon Bella',
      zadanie: 'Book a haircut for tomorrow at 18:00',
    });
  });
});
