/** Long enough for the save dialog (Electron) or the download (browser) to have read the file. */
const RELEASE_AFTER_MS = 60_000;

/**
 * Offers a file under `fileName`: a download in a browser, a save dialog in Electron. The
 * renderer has no file system access, so the page hands the bytes over as a link.
 */
export function saveFile(fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/** Offers text as a file (see saveFile). */
export function saveTextFile(fileName: string, text: string, type: string): void {
  saveFile(fileName, new Blob([text], { type }));
}
