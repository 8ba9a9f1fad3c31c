import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/ipc/sender-policy';

const built = 'file:///opt/Callsheet/resources/app.asar/out/renderer/index.html';

describe('isTrustedSender', () => {
  it('accepts the app’s own page in the main frame', () => {
    expect(isTrustedSender({ frameUrl: `${built}#/settings`, isMainFrame: true }, built)).toBe(
      true,
    );
    expect(
      isTrustedSender(
        { frameUrl: 'http://localhost:5173/x', isMainFrame: true },
        'http://localhost:5173/',
      ),
    ).toBe(true);
  });

  it('refuses subframes, other files, other origins and vanished frames', () => {
    expect(isTrustedSender({ frameUrl: built, isMainFrame: false }, built)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'file:///tmp/evil.html', isMainFrame: true }, built)).toBe(
      false,
    );
    expect(isTrustedSender({ frameUrl: 'https://evil.com/', isMainFrame: true }, built)).toBe(
      false,
    );
    expect(
      isTrustedSender(
        { frameUrl: 'http://localhost:5174/', isMainFrame: true },
        'http://localhost:5173/',
      ),
    ).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isMainFrame: true }, built)).toBe(false);
  });
});
