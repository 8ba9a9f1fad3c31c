import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/main/security/content-security-policy';
import { isAllowedExternalUrl } from '../../../electron/main/security/external-links';
import {
  decideWindowOpen,
  shouldBlockNavigation,
  shouldGrantPermission,
} from '../../../electron/main/security/navigation-policy';
import { rendererLocation } from '../../../electron/main/security/renderer-location';
import { hardenedWebPreferences } from '../../../electron/main/security/web-preferences';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  it('allows only the app’s own scripts, with no inline code, eval, plugins or framing', () => {
    const policy = directives(buildContentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(buildContentSecurityPolicy()).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
  });

  it('opens only the dev server’s socket during development', () => {
    const policy = directives(
      buildContentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });
});

describe('external links', () => {
  it.each([
    'https://elevenlabs.io/app/agents/batch-calling',
    'https://elevenlabs.io/docs/conversational-ai/overview',
    'https://help.elevenlabs.io/hc/en-us',
  ])('opens %s in the browser', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://elevenlabs.io/app',
    'https://elevenlabs.io.evil.com/app',
    'https://evil.com/?https://elevenlabs.io/app',
    'https://user:pass@elevenlabs.io/app',
    'https://elevenlabs.io:8443/app',
    'https://elevenlabs.io/blog/anything',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('navigation and windows', () => {
  it('blocks every navigation away from the app', () => {
    expect(shouldBlockNavigation('https://elevenlabs.io/app')).toBe(true);
    expect(shouldBlockNavigation('file:///somewhere/else.html')).toBe(true);
  });

  it('never opens a new window, but hands allowlisted pages to the browser', () => {
    expect(decideWindowOpen('https://elevenlabs.io/docs/api-reference')).toEqual({
      action: 'deny',
      openExternally: 'https://elevenlabs.io/docs/api-reference',
    });
    expect(decideWindowOpen('https://example.com')).toEqual({
      action: 'deny',
      openExternally: null,
    });
  });

  it('grants no permission requests', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(shouldGrantPermission(permission)).toBe(false);
    }
  });
});

describe('web preferences', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(hardenedWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('what the window loads', () => {
  it('is the page shipped with the app, as a local file', () => {
    expect(rendererLocation('/opt/Callsheet/resources/app.asar/out/main')).toEqual({
      url: 'file:///opt/Callsheet/resources/app.asar/out/renderer/index.html',
    });
  });

  it('is the dev server only when it runs on this computer', () => {
    expect(rendererLocation('/app/out/main', 'http://localhost:5173')).toEqual({
      url: 'http://localhost:5173/',
      devServerOrigin: 'http://localhost:5173',
    });
    for (const remote of [
      'https://evil.example/',
      'http://192.168.1.20:5173/',
      'http://localhost.evil.example:5173/',
      'file:///tmp/index.html',
    ]) {
      expect(() => rendererLocation('/app/out/main', remote), remote).toThrow(/not a local/);
    }
  });
});
