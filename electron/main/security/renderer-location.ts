import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RendererLocation {
  /** What the window loads: the page shipped with the app, or the dev server during `npm run dev`. */
  url: string;
  /** Set only during development, for the CSP's hot-reload socket. */
  devServerOrigin?: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The window never loads remote content: a built app loads its own file, and the dev server
 * electron-vite announces is accepted only on this computer.
 */
export function rendererLocation(mainDir: string, devServerUrl?: string): RendererLocation {
  if (!devServerUrl) {
    return { url: pathToFileURL(join(mainDir, '../renderer/index.html')).href };
  }
  const dev = new URL(devServerUrl);
  if (dev.protocol !== 'http:' || !LOOPBACK.has(dev.hostname)) {
    throw new Error(`Refusing to load the app from ${dev.origin}: not a local dev server.`);
  }
  return { url: dev.href, devServerOrigin: dev.origin };
}
