import type { BatchStatus } from '../../../../shared/domain/calls/batch';
import type { UiLanguage } from '../../../../shared/domain/language';
import type { StatusCounts } from '../../../../shared/domain/results';

export interface Notification {
  title: string;
  body: string;
}

interface Wording {
  cancelled(name: string): Notification;
  /** `stopped`: the batch failed rather than finished. */
  finished(name: string, stopped: boolean, parts: string[]): Notification;
  answered(n: number): string;
  voicemail(n: number): string;
  notReached(n: number): string;
}

/** Polish nouns take one form after 1, another after 2–4 (not 12–14), a third otherwise. */
function polishForm(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}

// Main's own words: the renderer's translations are not reachable from here, and these few
// sentences are all main ever says to the user outside a window.
const WORDING: Record<UiLanguage, Wording> = {
  en: {
    cancelled: (name) => ({ title: `${name} was cancelled`, body: 'No more calls will be made.' }),
    finished: (name, stopped, parts) => ({
      title: `${name} ${stopped ? 'stopped with a problem' : 'has finished'}`,
      body: `${parts.join(', ')}. Open Callsheet to see the results.`,
    }),
    answered: (n) => `${n} answered`,
    voicemail: (n) => `${n} voicemail`,
    notReached: (n) => `${n} not reached`,
  },
  pl: {
    cancelled: (name) => ({
      title: `Kampania ${name} została anulowana`,
      body: 'Nie będzie już więcej połączeń.',
    }),
    finished: (name, stopped, parts) => ({
      title: `Kampania ${name} ${stopped ? 'zatrzymała się z powodu problemu' : 'się zakończyła'}`,
      body: `${parts.join(', ')}. Otwórz Callsheet, aby zobaczyć wyniki.`,
    }),
    answered: (n) => `${n} ${polishForm(n, 'odebrane', 'odebrane', 'odebranych')}`,
    voicemail: (n) =>
      `${n} ${polishForm(n, 'poczta głosowa', 'poczty głosowe', 'poczt głosowych')}`,
    notReached: (n) => `${n} ${polishForm(n, 'nieudane', 'nieudane', 'nieudanych')}`,
  },
  it: {
    cancelled: (name) => ({
      title: `La campagna ${name} è stata annullata`,
      body: 'Non verranno fatte altre chiamate.',
    }),
    finished: (name, stopped, parts) => ({
      title: `La campagna ${name} ${stopped ? 'si è fermata per un problema' : 'è terminata'}`,
      body: `${parts.join(', ')}. Apri Callsheet per vedere i risultati.`,
    }),
    answered: (n) => `${n} con risposta`,
    voicemail: (n) => `${n} in segreteria`,
    notReached: (n) => `${n} non ${n === 1 ? 'raggiunta' : 'raggiunte'}`,
  },
};

/** What the desktop notification says once a campaign's batch is over, in the UI's language. */
export function finishedNotification(
  language: UiLanguage,
  name: string,
  status: BatchStatus,
  counts: StatusCounts,
): Notification {
  const wording = WORDING[language];
  if (status === 'cancelled') return wording.cancelled(name);
  const parts = [
    wording.answered(counts.completed),
    counts.voicemail > 0 ? wording.voicemail(counts.voicemail) : '',
    counts.failed > 0 ? wording.notReached(counts.failed) : '',
  ].filter(Boolean);
  return wording.finished(name, status === 'failed', parts);
}
