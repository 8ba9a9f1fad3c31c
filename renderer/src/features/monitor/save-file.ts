/** Long enough for the save dialog (Electron) or the download (browser) to have read the file. */
const RELEASE_AFTER_MS = 60_000;

/**
 * Offers text as a file under `fileName`: a download in a browser, a save dialog in Electron.
 * The renderer has no file system access, so the page hands the bytes over as a link.
 */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
