export interface SenderInfo {
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/**
 * Only the app's own top-level page may call main. Subframes, pages that navigated elsewhere
 * (navigation is blocked, but defence in depth) and destroyed frames are refused.
 */
export function isTrustedSender(sender: SenderInfo, rendererUrl: string): boolean {
  if (!sender.isMainFrame || !sender.frameUrl) return false;
  let from: URL;
  let expected: URL;
  try {
    from = new URL(sender.frameUrl);
    expected = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (expected.protocol === 'file:') {
    return from.protocol === 'file:' && from.pathname === expected.pathname;
  }
  return from.origin === expected.origin;
}
