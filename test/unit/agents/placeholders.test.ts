import { describe, expect, it } from 'vitest';
import { extractPlaceholders } from '../../../shared/domain/agents/placeholders';

describe('extractPlaceholders', () => {
  it('finds the variables an agent asks for, spelled exactly as the agent spells them', () => {
    const prompt = 'Zadzwoń do {{_place_name_}}. Notatki: {{_notes_for_agent_}}.';
    const first = 'Dzień dobry, dzwonię w sprawie {{ _notes_for_agent_ }}';
    expect(extractPlaceholders([prompt, first])).toEqual(['_place_name_', '_notes_for_agent_']);
  });

  it('leaves out variables the platform provides itself', () => {
    expect(extractPlaceholders(['Now is {{system__time_utc}} for {{customer_name}}'])).toEqual([
      'customer_name',
    ]);
  });

  it('ignores text that only looks like a placeholder', () => {
    expect(
      extractPlaceholders(['{{}} {{ 1abc }} {single} {{name with space}}', null, undefined]),
    ).toEqual([]);
  });
});
