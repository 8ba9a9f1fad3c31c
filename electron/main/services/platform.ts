/**
 * The few desktop effects services need, passed in so services stay plain Node: Electron
 * provides real ones (platform.electron.ts), the browser test host records them.
 */
export interface Platform {
  openPath(path: string): Promise<void>;
  writeClipboard(text: string): void;
}
