import type { TFunction } from 'i18next';
import type { SaveStatus } from '../campaigns/editor/autosave';

/**
 * Main calls and launches from the saved campaign, so anything still unsaved would be left out:
 * why the campaign cannot be used yet, or null once every change is saved. (Why saving failed
 * is shown at the top of the editor.)
 */
export function unsavedReason(save: SaveStatus, t: TFunction<'launch'>): string | null {
  switch (save.kind) {
    case 'saved':
      return null;
    case 'saving':
      return t('unsaved.saving');
    case 'retrying':
      return t('unsaved.retrying');
    case 'conflict':
      return t('unsaved.conflict');
  }
}
