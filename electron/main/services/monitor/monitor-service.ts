import type { AppError } from '../../../../shared/contract/app-error';
import { isBatchFinished } from '../../../../shared/domain/calls/batch';
import type { Conversation } from '../../../../shared/domain/calls/conversation';
import type { UiLanguage } from '../../../../shared/domain/language';
import {
  buildBatchView,
  toBatchUpdate,
  viewChanged,
  type BatchView,
} from '../../../../shared/domain/results';
import type { ElevenLabsGateway } from '../elevenlabs/gateway';
import type { EventSink } from '../events';
import type { ConversationStore } from '../results/conversation-store';
import type { ResultsStore, SavedBatch } from '../results/results-store';
import { refreshBatch } from './batch-refresh';
import type { CampaignIndex, CampaignJoin } from './campaign-index';
import { failureOf } from './failures';
import { finishedNotification } from './finished-notification';
import type { Scheduler } from './scheduler';

export interface MonitorTiming {
  /** Between polls of a batch on screen while the window is visible. */
  visibleMs: number;
  /** Between polls of anything else still running, and of everything while hidden. */
  hiddenMs: number;
  /** The wait after a 429 that did not say how long to wait. */
  rateLimitedMs: number;
  /** The longest wait between polls after repeated failures. */
  maxBackoffMs: number;
  /** Call results fetched per poll, so a large backlog never stalls the batch's progress. */
  conversationsPerPoll: number;
  /**
   * Polls after a batch finished before giving up on results whose analysis never arrives.
   */
  finishingPolls: number;
}

export const DEFAULT_MONITOR_TIMING: MonitorTiming = {
  visibleMs: 3_000,
  hiddenMs: 30_000,
  rateLimitedMs: 30_000,
  maxBackoffMs: 5 * 60_000,
  conversationsPerPoll: 100,
  finishingPolls: 10,
};

export interface BatchMonitorDeps {
  gateway: () => ElevenLabsGateway;
  campaigns: CampaignIndex;
  results: ResultsStore;
  /** Where the calls fetched for results are kept whole, so they open offline. */
  conversations: ConversationStore;
  emit: EventSink;
  /** A desktop notification. */
  notify: (title: string, body: string) => void;
  /** The language the UI shows, which notifications speak too. */
  language: () => UiLanguage;
  scheduler: Scheduler;
  /** Problems worth a line in the diagnostics log. */
  report: (message: string) => void;
  timing?: Partial<MonitorTiming>;
}

export interface BatchMonitor {
  /**
   * The batch as it is now, fetched from ElevenLabs, or the saved copy when ElevenLabs cannot be
   * asked. `complete` fetches every missing result first (for exports), not just a pollful.
   */
  view(batchId: string, options?: { complete?: boolean }): Promise<BatchView>;
  /** What is on screen, and whether the window is visible: those batches are polled faster. */
  watch(batchIds: readonly string[], visible: boolean): void;
  /**
   * Polls the batches until they finish and their results are in, on screen or not.
   * `immediately` polls at once rather than after one interval.
   */
  follow(batchIds: readonly string[], options?: { immediately?: boolean }): void;
  /** Stops polling a batch that was deleted; its saved results stay for the export. */
  forget(batchId: string): void;
  /** Follows every unfinished batch of every launched campaign (at start, on reconnecting). */
  resume(): void;
  /** A call as saved (without transcript), from a batch view Callsheet holds. */
  savedConversation(conversationId: string): Conversation | null;
  /** Stops polling and waits for a poll under way, so nothing is written afterwards. */
  dispose(): Promise<void>;
}

interface Tracked {
  watched: boolean;
  following: boolean;
  /** When the next poll is due; Infinity once ElevenLabs no longer has the batch. */
  dueAt: number;
  failures: number;
  finishingPolls: number;
  unavailable: Set<string>;
}

/**
 * The one place that polls ElevenLabs for batch progress. It polls only batches that are on
 * screen or still running, faster while they are visible, waits as long as a 429 asks, backs off
 * while ElevenLabs cannot be reached, stops once a batch finished and its results are saved, and
 * announces finished batches with a desktop notification.
 */
export function createBatchMonitor(deps: BatchMonitorDeps): BatchMonitor {
  const timing = { ...DEFAULT_MONITOR_TIMING, ...deps.timing };
  const { scheduler, results, campaigns } = deps;
  const tracked = new Map<string, Tracked>();
  const views = new Map<string, BatchView>();
  const lastFetchedAt = new Map<string, number>();
  /** Refreshes of one batch run one after another, so none overwrites a newer one. */
  const queues = new Map<string, Promise<unknown>>();
  let windowVisible = false;
  let pausedUntil = 0;
  let cancelTimer: (() => void) | null = null;
  let ticking = false;
  let disposed = false;
  let lastVersion = 0;

  const intervalOf = (entry: Tracked) =>
    entry.watched && windowVisible ? timing.visibleMs : timing.hiddenMs;
  const settled = (batchId: string) => results.read(batchId)?.final === true;
  const polled = (batchId: string, entry: Tracked) =>
    (entry.watched || entry.following) && Number.isFinite(entry.dueAt) && !settled(batchId);

  const track = (batchId: string): Tracked => {
    let entry = tracked.get(batchId);
    if (!entry) {
      entry = {
        watched: false,
        following: false,
        dueAt: Infinity,
        failures: 0,
        finishingPolls: 0,
        unavailable: new Set(),
      };
      tracked.set(batchId, entry);
    }
    return entry;
  };

  const untrack = (batchId: string) => {
    tracked.delete(batchId);
    views.delete(batchId);
  };

  const joinCampaign = (batchId: string, saved: SavedBatch): CampaignJoin => {
    const phoneNumbers = saved.batch.recipients.map((recipient) => recipient.phoneNumber);
    try {
      return campaigns.join(batchId, phoneNumbers);
    } catch (error) {
      // The calls are worth showing even when the campaign cannot be read.
      deps.report(`Could not match batch ${batchId} to its campaign: ${failureOf(error).message}`);
      return { campaign: null, people: phoneNumbers.map(() => null) };
    }
  };

  /** Builds the view, and tells the renderer when it differs from the last one. */
  const present = (batchId: string, saved: SavedBatch, offline: boolean) => {
    const { campaign, people } = joinCampaign(batchId, saved);
    const previous = views.get(batchId) ?? null;
    const candidate = buildBatchView({
      details: saved.batch,
      campaign,
      people,
      results: saved.results,
      version: previous?.version ?? 0,
      fetchedAt: saved.fetchedAt,
      offline,
    });
    if (previous && !viewChanged(previous, candidate)) {
      const same = { ...previous, fetchedAt: saved.fetchedAt };
      views.set(batchId, same);
      return { view: same, changed: false };
    }
    const view = { ...candidate, version: (lastVersion += 1) };
    views.set(batchId, view);
    const watched = tracked.get(batchId)?.watched ?? false;
    deps.emit('batchUpdated', toBatchUpdate(previous, view, watched));
    return { view, changed: true };
  };

  const announce = (batchId: string, before: SavedBatch | null, view: BatchView) => {
    // A followed batch never seen before was just launched (or launched before a crash).
    const wasRunning = before
      ? !isBatchFinished(before.batch.status)
      : (tracked.get(batchId)?.following ?? false);
    if (!wasRunning || !isBatchFinished(view.batch.status)) return;
    const name = view.campaign?.name ?? view.batch.name;
    const message = finishedNotification(deps.language(), name, view.batch.status, view.counts);
    try {
      deps.notify(message.title, message.body);
    } catch (error) {
      deps.report(`Could not show a notification: ${failureOf(error).message}`);
    }
  };

  /** `polled`: asked by the schedule, which waits out failures itself (see ReadOptions). */
  const refresh = async (
    batchId: string,
    conversationLimit: number,
    polled: boolean,
  ): Promise<BatchView> => {
    const entry = tracked.get(batchId);
    const before = results.read(batchId);
    const refreshed = await refreshBatch(deps.gateway(), {
      batchId,
      previous: before,
      conversationLimit,
      unavailable: entry?.unavailable ?? new Set(),
      now: scheduler.now(),
      retry: !polled,
      keep: (conversation) => deps.conversations.keep(conversation),
    });
    if (disposed) throw new Error('The batch monitor was stopped.');
    lastFetchedAt.set(batchId, scheduler.now());
    let saved = refreshed.saved;
    if (entry && isBatchFinished(saved.batch.status) && !saved.final) {
      entry.finishingPolls += 1;
      // Some analyses never arrive; the results that did are what the export will have.
      if (entry.finishingPolls >= timing.finishingPolls) saved = { ...saved, final: true };
    }
    const { view, changed } = present(batchId, saved, false);
    if (changed || before?.final !== saved.final) results.write(batchId, saved);
    announce(batchId, before, view);
    if (refreshed.interruptedBy !== null) throw refreshed.interruptedBy;
    return view;
  };

  const queued = <T>(batchId: string, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(batchId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    queues.set(batchId, tail);
    void tail.then(() => {
      if (queues.get(batchId) === tail) queues.delete(batchId);
    });
    return run;
  };

  /** The saved copy, marked as such, for when ElevenLabs cannot be asked. */
  const presentSaved = (batchId: string): BatchView | null => {
    const saved = results.read(batchId);
    return saved ? present(batchId, saved, true).view : null;
  };

  const schedule = () => {
    if (disposed || ticking) return;
    cancelTimer?.();
    cancelTimer = null;
    let next = Infinity;
    for (const [batchId, entry] of tracked) {
      if (polled(batchId, entry)) next = Math.min(next, entry.dueAt);
    }
    if (next === Infinity) return;
    const at = Math.max(next, pausedUntil);
    cancelTimer = scheduler.after(Math.max(0, at - scheduler.now()), tick);
  };

  /** Nothing is polled until ElevenLabs' rate limit allows it again. */
  const pauseFor = (failure: AppError) => {
    const waitMs = (failure.details?.retryAfterSeconds ?? timing.rateLimitedMs / 1000) * 1000;
    pausedUntil = Math.max(pausedUntil, scheduler.now() + waitMs);
    deps.report(`Batch polling paused for ${waitMs / 1000} s: ElevenLabs asked to slow down.`);
  };

  const pollOne = async (batchId: string, entry: Tracked): Promise<'continue' | 'pause'> => {
    try {
      await queued(batchId, () => refresh(batchId, timing.conversationsPerPoll, true));
      entry.failures = 0;
      entry.dueAt = scheduler.now() + intervalOf(entry);
      if (settled(batchId)) {
        entry.following = false;
        if (!entry.watched) untrack(batchId);
      }
      return 'continue';
    } catch (error) {
      if (disposed) return 'pause';
      const failure = failureOf(error);
      if (failure.code === 'rate_limited') {
        pauseFor(failure);
        return 'pause';
      }
      if (failure.code === 'not_found') {
        // Deleted in the dashboard: nothing more will come.
        entry.dueAt = Infinity;
        entry.following = false;
        if (!entry.watched) untrack(batchId);
        return 'continue';
      }
      entry.failures += 1;
      entry.dueAt =
        scheduler.now() + Math.min(timing.maxBackoffMs, intervalOf(entry) * 2 ** entry.failures);
      deps.report(`Could not poll batch ${batchId}: ${failure.code}`);
      presentSaved(batchId);
      return 'continue';
    }
  };

  async function tick(): Promise<void> {
    cancelTimer = null;
    if (disposed) return;
    ticking = true;
    try {
      const now = scheduler.now();
      if (now < pausedUntil) return;
      const due = [...tracked]
        .filter(([batchId, entry]) => polled(batchId, entry) && entry.dueAt <= now)
        .sort(([, a], [, b]) => a.dueAt - b.dueAt);
      for (const [batchId, entry] of due) {
        if (disposed || (await pollOne(batchId, entry)) === 'pause') break;
      }
    } finally {
      ticking = false;
      schedule();
    }
  }

  const follow: BatchMonitor['follow'] = (batchIds, options = {}) => {
    const now = scheduler.now();
    for (const batchId of batchIds) {
      const entry = track(batchId);
      entry.following = true;
      entry.finishingPolls = 0;
      entry.unavailable.clear();
      entry.dueAt = Math.min(entry.dueAt, options.immediately ? now : now + intervalOf(entry));
      const saved = results.read(batchId);
      // A retried batch runs again: what was final is not any more.
      if (saved?.final) results.write(batchId, { ...saved, final: false });
    }
    schedule();
  };

  return {
    async view(batchId, options = {}) {
      const saved = results.read(batchId);
      // Finished with every result in: nothing to ask ElevenLabs, online or not.
      if (saved?.final) return present(batchId, saved, false).view;
      try {
        // Asked once by the user, so the SDK may retry a passing failure before giving up.
        return await queued(batchId, () =>
          refresh(batchId, options.complete ? Infinity : timing.conversationsPerPoll, false),
        );
      } catch (error) {
        const failure = failureOf(error);
        if (failure.code === 'rate_limited') {
          pauseFor(failure);
          schedule();
        }
        if (failure.code === 'not_found' && !saved) throw failure;
        const fallback = presentSaved(batchId);
        if (!fallback) throw failure;
        return fallback;
      }
    },

    watch(batchIds, visible) {
      const now = scheduler.now();
      windowVisible = visible;
      const wanted = new Set(batchIds);
      for (const [batchId, entry] of tracked) {
        if (wanted.has(batchId)) continue;
        entry.watched = false;
        if (!entry.following) untrack(batchId);
      }
      for (const batchId of views.keys()) if (!tracked.has(batchId)) views.delete(batchId);
      for (const batchId of wanted) track(batchId).watched = true;
      for (const [batchId, entry] of tracked) {
        // Never fetched: poll at once. Otherwise sooner if the cadence just got faster; a batch
        // backing off after failures keeps its wait.
        const last = lastFetchedAt.get(batchId) ?? -Infinity;
        if (entry.failures === 0) {
          entry.dueAt = Math.min(entry.dueAt, Math.max(now, last + intervalOf(entry)));
        }
      }
      schedule();
    },

    follow,

    forget(batchId) {
      untrack(batchId);
      schedule();
    },

    resume() {
      try {
        const unfinished = [...campaigns.byBatch().keys()].filter((id) => !results.read(id)?.final);
        follow(unfinished, { immediately: true });
      } catch (error) {
        deps.report(`Could not resume following launched campaigns: ${failureOf(error).message}`);
      }
    },

    savedConversation(conversationId) {
      for (const view of views.values()) {
        const row = view.recipients.find(
          (recipient) => recipient.conversationId === conversationId,
        );
        if (row?.result) return { ...row.result, agentId: view.batch.agentId, transcript: [] };
      }
      return null;
    },

    async dispose() {
      disposed = true;
      cancelTimer?.();
      cancelTimer = null;
      tracked.clear();
      await Promise.all(queues.values());
      views.clear();
    },
  };
}
