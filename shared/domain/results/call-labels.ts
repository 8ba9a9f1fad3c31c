import type { RecipientCallStatus } from '../calls/batch';
import type { CallSuccess } from '../calls/conversation';

/** How a call's status reads to someone who has never seen ElevenLabs' own words for it. */
export const CALL_STATUS_LABELS: Readonly<Record<RecipientCallStatus, string>> = {
  pending: 'Waiting',
  dispatched: 'Dialling',
  initiated: 'Ringing',
  in_progress: 'On the call',
  completed: 'Answered',
  failed: 'Not reached',
  cancelled: 'Cancelled',
  voicemail: 'Voicemail',
};

/** For people in the campaign who were never sent to ElevenLabs (left out, do-not-call…). */
export const NOT_CALLED_LABEL = 'Not called';

export const CALL_SUCCESS_LABELS: Readonly<Record<CallSuccess, string>> = {
  success: 'Yes',
  failure: 'No',
  unknown: 'Unclear',
};
