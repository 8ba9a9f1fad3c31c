import type { SaveStatus } from '../campaigns/editor/autosave';

/**
 * Main calls and launches from the saved campaign, so anything still unsaved would be left out:
 * why the campaign cannot be used yet, or null once every change is saved.
 */
export function unsavedReason(save: SaveStatus): string | null {
  switch (save.kind) {
    case 'saved':
      return null;
    case 'saving':
      return 'Saving your latest changes…';
    case 'retrying':
      return `Your latest changes are not saved yet: ${save.error.message}`;
    case 'conflict':
      return 'This campaign was changed somewhere else. Reload it (see the message at the top) first.';
  }
}
