import { join } from 'node:path';
import { app, BrowserWindow, ipcMain } from 'electron';
import { createHandlers } from './handlers';
import { dispatchOptionsFor } from './ipc/dispatch-options';
import { registerIpc, webContentsEventSink } from './ipc/register-ipc.electron';
import { electronPlatform } from './platform.electron';
import { rendererLocation } from './security/renderer-location';
import { createMainServices } from './services/main-services';
import { createKeychainSecretStore } from './services/secrets/keychain-secret-store';
import { createMainWindow, hardenSession } from './window.electron';

// electron-vite sets ELECTRON_RENDERER_URL during `npm run dev`; a built app loads a local file.
const { url: rendererUrl, devServerOrigin } = rendererLocation(
  import.meta.dirname,
  process.env['ELECTRON_RENDERER_URL'],
);
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
    registerIpc(ipcMain, createHandlers(services), () => rendererUrl, dispatchOptionsFor(services));
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
