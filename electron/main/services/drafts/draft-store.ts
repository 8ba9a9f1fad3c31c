import { randomUUID } from 'node:crypto';
import type {
  CampaignDraft,
  DraftContent,
  DraftProblem,
  DraftSummary,
  LaunchRecord,
} from '../../../../shared/domain/drafts/draft';
import { createRecordCollection } from '../records/record-collection';
import {
  damagedRecord,
  moveFailed,
  notInBin,
  recordNotFound,
  staleRevision,
} from '../records/record-errors';
import {
  BIN_RETENTION_MS,
  isRecordId as isDraftId,
  type RestoreOutcome,
} from '../records/record-folder';
import { alreadyLaunched, CAMPAIGN, launchedDraftIsReadOnly } from './draft-errors';
import { DRAFT_FILE_FORMAT, DraftFileSchema, type DraftFileData } from './draft-file-format';
import { copyName, newDraftContent, summarize } from './draft-records';

export interface DraftStoreOptions {
  /** `<dataDir>/drafts`: one file per draft, plus `bin/` and `corrupt/`. */
  directory: string;
  now?: () => number;
  newId?: () => string;
}

export interface DraftList {
  /** Newest first. */
  drafts: DraftSummary[];
  /** Files found unreadable since the app started, each moved aside. */
  problems: DraftProblem[];
}

export interface SavedRevision {
  revision: number;
  updatedAt: number;
}

/**
 * Campaign drafts, one electron-store file each, so saving one never rewrites the others.
 * Synchronous, as electron-store is; every failure is an AppError with a plain message.
 */
export interface DraftStore {
  list(): DraftList;
  create(name?: string): CampaignDraft;
  get(id: string): CampaignDraft;
  /** Autosave. Refused when `baseRevision` is not the latest one, or the draft was launched. */
  save(id: string, baseRevision: number, content: DraftContent): SavedRevision;
  rename(id: string, name: string): DraftSummary;
  duplicate(id: string): DraftSummary;
  /** Moves the draft to the bin; `restore` brings it back until the bin is emptied. */
  moveToBin(id: string): DraftSummary;
  restore(id: string): DraftSummary;
  /** For the launch flow: records the submitted batches and makes the draft read-only. */
  markLaunched(id: string, launch: LaunchRecord): CampaignDraft;
}

/** What the store remembers of a draft without keeping its recipients in memory. */
interface KnownDraft {
  /** The file version this was read from or written as; any other version is re-read. */
  version: string;
  createdAt: number;
  revision: number;
  summary: DraftSummary;
}

type Loaded =
  | { kind: 'ok'; draft: CampaignDraft; known: KnownDraft }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: DraftProblem };

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomUUID;
  const records = createRecordCollection<CampaignDraft, DraftFileData>({
    directory: options.directory,
    noun: CAMPAIGN,
    now,
    fileSchema: DraftFileSchema,
    toFile: (draft) => ({ format: DRAFT_FILE_FORMAT, draft }),
    fromFile: (file) => file.draft,
  });
  const { folder } = records;
  folder.emptyBinBefore(now() - BIN_RETENTION_MS);

  const known = new Map<string, KnownDraft>();

  const forget = (id: string) => {
    records.forget(id);
    known.delete(id);
  };

  const remember = (draft: CampaignDraft, version: string): KnownDraft => {
    const entry: KnownDraft = {
      version,
      createdAt: draft.createdAt,
      revision: draft.revision,
      summary: summarize(draft),
    };
    known.set(draft.id, entry);
    return entry;
  };

  const write = (draft: CampaignDraft): KnownDraft =>
    remember(draft, records.write(draft.id, draft));

  /** Reads and checks a draft file; an unreadable one is moved aside and reported. */
  const load = (id: string): Loaded => {
    const loaded = records.load(id);
    if (loaded.kind !== 'ok') {
      known.delete(id);
      return loaded;
    }
    return { kind: 'ok', draft: loaded.record, known: remember(loaded.record, loaded.version) };
  };

  /** The whole draft, read from disk and checked. */
  const loadOrThrow = (id: string): Extract<Loaded, { kind: 'ok' }> => {
    if (!isDraftId(id)) throw recordNotFound(CAMPAIGN);
    const loaded = load(id);
    if (loaded.kind === 'missing') throw recordNotFound(CAMPAIGN);
    if (loaded.kind === 'damaged') throw damagedRecord(CAMPAIGN, loaded.problem.movedTo);
    return loaded;
  };

  /** What is known of a draft, re-read only if its file changed since (e.g. another process). */
  const current = (id: string): KnownDraft => {
    if (!isDraftId(id)) throw recordNotFound(CAMPAIGN);
    const entry = known.get(id);
    if (entry && entry.version === records.version(id)) return entry;
    return loadOrThrow(id).known;
  };

  return {
    list() {
      const ids = folder.ids();
      const present = new Set(ids);
      for (const id of known.keys()) if (!present.has(id)) forget(id);
      const drafts: DraftSummary[] = [];
      for (const id of ids) {
        const entry = known.get(id);
        if (entry && entry.version === records.version(id)) {
          drafts.push(entry.summary);
          continue;
        }
        const loaded = load(id);
        if (loaded.kind === 'ok') drafts.push(loaded.known.summary);
      }
      drafts.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
      return { drafts, problems: records.problems() };
    },

    create(name) {
      const at = now();
      const draft: CampaignDraft = {
        id: newId(),
        ...newDraftContent(name),
        createdAt: at,
        updatedAt: at,
        revision: 0,
        launch: null,
      };
      write(draft);
      return draft;
    },

    get(id) {
      return loadOrThrow(id).draft;
    },

    save(id, baseRevision, content) {
      const entry = current(id);
      if (entry.summary.launched) throw launchedDraftIsReadOnly();
      if (baseRevision !== entry.revision) throw staleRevision(CAMPAIGN);
      // The content was parsed at the IPC boundary; it is written as it is, not copied or
      // checked again, because this runs on every autosave of drafts up to 100k recipients.
      const draft: CampaignDraft = {
        id,
        ...content,
        createdAt: entry.createdAt,
        updatedAt: now(),
        revision: entry.revision + 1,
        launch: null,
      };
      write(draft);
      return { revision: draft.revision, updatedAt: draft.updatedAt };
    },

    rename(id, name) {
      const { draft, known: entry } = loadOrThrow(id);
      if (draft.launch) throw launchedDraftIsReadOnly();
      if (draft.name === name) return entry.summary;
      // A new revision, so an editor still holding the old name cannot save it back silently.
      return write({ ...draft, name, updatedAt: now(), revision: draft.revision + 1 }).summary;
    },

    duplicate(id) {
      const { draft } = loadOrThrow(id);
      const at = now();
      return write({
        ...draft,
        id: newId(),
        name: copyName(draft.name),
        createdAt: at,
        updatedAt: at,
        revision: 0,
        launch: null,
      }).summary;
    },

    moveToBin(id) {
      const { summary } = current(id);
      try {
        folder.moveToBin(id, now());
      } catch (error) {
        throw moveFailed(error, 'move this campaign to the bin');
      }
      forget(id);
      return summary;
    },

    restore(id) {
      if (!isDraftId(id)) throw notInBin(CAMPAIGN);
      let outcome: RestoreOutcome;
      try {
        outcome = folder.restoreFromBin(id);
      } catch (error) {
        throw moveFailed(error, 'restore this campaign');
      }
      if (outcome === 'not_in_bin') throw notInBin(CAMPAIGN);
      return current(id).summary;
    },

    markLaunched(id, launch) {
      const { draft } = loadOrThrow(id);
      if (draft.launch) throw alreadyLaunched();
      const launched: CampaignDraft = {
        ...draft,
        launch,
        updatedAt: now(),
        revision: draft.revision + 1,
      };
      write(launched);
      return launched;
    },
  };
}
