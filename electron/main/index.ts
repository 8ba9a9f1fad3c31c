import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { createHandlers } from './handlers';
import { dispatchOptionsFor } from './ipc/dispatch-options';
import { registerIpc, webContentsEventSink } from './ipc/register-ipc.electron';
import { electronPlatform } from './platform.electron';
import { createMainServices } from './services/main-services';
import { createKeychainSecretStore } from './services/secrets/keychain-secret-store';
import { createMainWindow, hardenSession } from './window.electron';

// electron-vite sets this during `npm run dev`; in a built app the renderer is a local file.
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
const rendererUrl =
  devServerUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(async () => {
    hardenSession(devServerOrigin);
    const services = createMainServices({
      appInfo: { name: app.getName(), version: app.getVersion() },
      dataDir: app.getPath('userData'),
      secrets: createKeychainSecretStore(),
      platform: electronPlatform,
      emit: webContentsEventSink(() => mainWindow?.webContents ?? null),
    });
    registerIpc(createHandlers(services), () => rendererUrl, dispatchOptionsFor(services));
    await services.workspace.restore();
    const open = () => {
      mainWindow = createMainWindow({ preloadPath, rendererUrl });
      mainWindow.on('closed', () => (mainWindow = null));
    };
    open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open();
    });
    app.on('will-quit', () => void services.dispose());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
