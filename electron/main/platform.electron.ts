import { clipboard, Notification, shell } from 'electron';
import type { Platform } from './services/platform';

export const electronPlatform: Platform = {
  async openPath(path) {
    const failure = await shell.openPath(path);
    if (failure) throw new Error(failure);
  },
  writeClipboard(text) {
    clipboard.writeText(text);
  },
  notify(title, body) {
    // Some Linux desktops have no notification service; the app works without one.
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
};
