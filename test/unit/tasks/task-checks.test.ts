import { describe, expect, it } from 'vitest';
import { checkPlaces, checkTask, placeLabel } from '../../../shared/domain/tasks';
import { errandAgent, place, task } from './task-fixtures';

describe('checking places', () => {
  it('accepts numbers as recipients’ numbers are read, in the task’s default country', () => {
    expect(
      checkPlaces(
        [place('p1', 'Bella', '600 700 800'), place('p2', 'Anna', '0039 347 123 4567')],
        'PL',
      ),
    ).toEqual([]);
  });

  it('names the place and says what is wrong with it', () => {
    const issues = checkPlaces(
      [place('p1', '', '600 700 800'), place('p2', 'Salon Anna', '600 700 80x')],
      'PL',
    );
    expect(issues).toEqual([
      {
        field: 'name',
        placeId: 'p1',
        place: { index: 0, name: '' },
        message: 'Place 1 needs a name.',
      },
      {
        field: 'phone_number',
        placeId: 'p2',
        place: { index: 1, name: 'Salon Anna' },
        phone: expect.objectContaining({ code: 'phone_letters', params: { value: '600 700 80x' } }),
        message: expect.stringMatching(/^Place 2 \(Salon Anna\): “600 700 80x” contains letters/),
      },
    ]);
    expect(placeLabel({ name: '  ' }, 4)).toBe('Place 5');
  });
});

describe('checking a task before it runs', () => {
  it('asks for an agent, a number to call from and a place', () => {
    const issues = checkTask(task({ agent: null, phoneNumber: null, places: [] }));
    expect(issues.map((issue) => issue.field)).toEqual(['agent', 'phoneNumber', 'places']);
    expect(issues[0]?.message).toBe('Choose the agent that makes the calls.');
  });

  it('with the agent’s details, also finds places missing a value the agent needs', () => {
    const agent = errandAgent({ variables: ['_place_name_', 'godzina'] });
    const draft = task({ places: [place('p1', 'Bella', '600 700 800')] });
    expect(checkTask(draft)).toEqual([]);
    expect(checkTask(draft, agent)).toEqual([
      {
        field: 'variables',
        placeId: 'p1',
        message: 'Place 1 (Bella) has no value for godzina, which the agent needs.',
        place: { index: 0, name: 'Bella' },
        variables: ['godzina'],
      },
    ]);
  });
});
