import { describe, expect, it } from 'vitest';
import { resolveUiLanguage } from '../../../shared/domain/language';

describe('which language the UI shows', () => {
  it('is the one the user chose, whatever the system uses', () => {
    expect(resolveUiLanguage('pl', ['it-IT', 'en-US'])).toBe('pl');
  });

  it('follows the first system language Callsheet is written in', () => {
    expect(resolveUiLanguage('system', ['de-DE', 'it-CH', 'pl-PL'])).toBe('it');
    expect(resolveUiLanguage('system', ['pl_PL'])).toBe('pl');
  });

  it('is English when the system speaks none of its languages', () => {
    expect(resolveUiLanguage('system', ['de-DE', 'fr'])).toBe('en');
    expect(resolveUiLanguage('system', [])).toBe('en');
  });
});
