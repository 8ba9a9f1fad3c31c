import { useEffect } from 'react';
import { request } from '../../api/callsheet';

/** Main accepts this many at once; a list longer than that is polled at the slower pace. */
const MOST_WATCHED = 500;

function tellMain(batchIds: readonly string[]) {
  const visible = document.visibilityState === 'visible';
  // Only sets how often main polls; nothing on screen depends on the answer.
  request('watchBatches', { batchIds: batchIds.slice(0, MOST_WATCHED), visible }).catch(
    () => undefined,
  );
}

/**
 * Tells main which batches are on screen, and whether the window is visible, so those are polled
 * faster and updates carry their rows; when the Monitor closes, nothing is watched any more.
 */
export function useWatchBatches(batchIds: readonly string[]) {
  // The ids as one value, so a new array with the same ids sends nothing.
  const key = batchIds.join('\n');
  useEffect(() => {
    const ids = key === '' ? [] : key.split('\n');
    const send = () => tellMain(ids);
    send();
    document.addEventListener('visibilitychange', send);
    return () => document.removeEventListener('visibilitychange', send);
  }, [key]);
}

/** For the Monitor as a whole: nothing is on screen once it closes. */
export function useStopWatchingOnClose() {
  useEffect(() => () => tellMain([]), []);
}
