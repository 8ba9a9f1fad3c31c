/**
 * The few desktop effects services need, passed in so services stay plain Node: Electron
 * provides real ones (platform.electron.ts), the browser test host records them.
 */
export interface Platform {
  openPath(path: string): Promise<void>;
  writeClipboard(text: string): void;
  /** A desktop notification, e.g. when a campaign has finished. */
  notify(title: string, body: string): void;
}
