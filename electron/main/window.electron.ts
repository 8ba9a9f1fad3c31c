import { BrowserWindow, session, shell } from 'electron';
import { buildContentSecurityPolicy } from './security/content-security-policy';
import {
  decideWindowOpen,
  shouldBlockNavigation,
  shouldGrantPermission,
} from './security/navigation-policy';
import { hardenedWebPreferences } from './security/web-preferences';

export interface MainWindowOptions {
  preloadPath: string;
  rendererUrl: string;
}

/** Session-wide guards: a CSP header on every response and no permission ever granted. */
export function hardenSession(devServerOrigin?: string): void {
  const policy = buildContentSecurityPolicy(devServerOrigin ? { devServerOrigin } : {});
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(shouldGrantPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    shouldGrantPermission(permission),
  );
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Callsheet',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: hardenedWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
  void window.loadURL(options.rendererUrl);
  return window;
}
