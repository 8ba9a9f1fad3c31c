import { clipboard, shell } from 'electron';
import type { Platform } from './services/platform';

export const electronPlatform: Platform = {
  async openPath(path) {
    const failure = await shell.openPath(path);
    if (failure) throw new Error(failure);
  },
  writeClipboard(text) {
    clipboard.writeText(text);
  },
};
