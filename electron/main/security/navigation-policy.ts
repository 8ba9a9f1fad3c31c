import { isAllowedExternalUrl } from './external-links';

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/** The app is a single page: any navigation away from it is an attack or a bug. */
export function shouldBlockNavigation(_targetUrl: string): true {
  return true;
}

/**
 * New windows are never created. A link to an allowlisted ElevenLabs page opens in the user's
 * browser instead; anything else is dropped.
 */
export function decideWindowOpen(targetUrl: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isAllowedExternalUrl(targetUrl) ? targetUrl : null };
}

/** Camera, microphone, notifications prompts, geolocation…: none are requested by the app. */
export function shouldGrantPermission(_permission: string): false {
  return false;
}
