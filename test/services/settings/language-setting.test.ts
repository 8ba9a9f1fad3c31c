import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppHarness, type AppHarness } from '../support/app-harness';

describe('the language setting', () => {
  let app: AppHarness;
  beforeEach(async () => {
    app = await startAppHarness();
  });
  afterEach(async () => {
    await app.close();
  });

  it('follows the system until the user chooses, in English until told otherwise', async () => {
    expect(await app.call('getLanguage', {})).toEqual({
      ok: true,
      value: { preference: 'system', uiLanguage: 'en' },
    });
  });

  it('keeps the chosen language across a restart', async () => {
    await app.call('setLanguage', { preference: 'it', uiLanguage: 'it' });
    await app.restart();
    expect(await app.call('getLanguage', {})).toEqual({
      ok: true,
      value: { preference: 'it', uiLanguage: 'it' },
    });
  });

  it('refuses a language the UI is not written in', async () => {
    const answer = await app.callRaw('setLanguage', { preference: 'de', uiLanguage: 'de' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await app.call('getLanguage', {})).toMatchObject({
      ok: true,
      value: { preference: 'system' },
    });
  });
});
