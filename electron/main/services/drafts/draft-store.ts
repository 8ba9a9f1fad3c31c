import type {
  CampaignDraft,
  DraftContent,
  DraftProblem,
  DraftSummary,
  LaunchRecord,
} from '../../../../shared/domain/drafts/draft';
import { recordNotFound, staleRevision } from '../records/record-errors';
import { isRecordId as isDraftId } from '../records/record-folder';
import { createRecordStore, type RecordStoreOptions } from '../records/record-store';
import { alreadyLaunched, CAMPAIGN, launchedDraftIsReadOnly } from './draft-errors';
import { DRAFT_FILE_FORMAT, DraftFileSchema, type DraftFileData } from './draft-file-format';
import { copyName, newDraftContent, summarize } from './draft-records';

/** `directory` is `<dataDir>/drafts`. */
export type DraftStoreOptions = RecordStoreOptions;

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
  /** The copy's name ends with `copySuffix`, as the UI's language writes it (see copyName). */
  duplicate(id: string, copySuffix: string): DraftSummary;
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
  const known = new Map<string, KnownDraft>();
  const records = createRecordStore<CampaignDraft, DraftFileData>(options, {
    noun: CAMPAIGN,
    fileSchema: DraftFileSchema,
    toFile: (draft) => ({ format: DRAFT_FILE_FORMAT, draft }),
    fromFile: (file) => file.draft,
    forgotten: (id) => known.delete(id),
  });
  const { now, newId } = records;

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
    if (loaded.kind !== 'ok') return loaded;
    return { kind: 'ok', draft: loaded.record, known: remember(loaded.record, loaded.version) };
  };

  /** The whole draft, read from disk and checked. */
  const loadOrThrow = (id: string): Extract<Loaded, { kind: 'ok' }> => {
    const { record, version } = records.get(id);
    return { kind: 'ok', draft: record, known: remember(record, version) };
  };

  /** What is known of a draft if its file is still the version it was read from or written as. */
  const unchanged = (id: string): KnownDraft | undefined => {
    const entry = known.get(id);
    return entry && entry.version === records.version(id) ? entry : undefined;
  };

  /** What is known of a draft, re-read only if its file changed since (e.g. another process). */
  const current = (id: string): KnownDraft => {
    if (!isDraftId(id)) throw recordNotFound(CAMPAIGN);
    return unchanged(id) ?? loadOrThrow(id).known;
  };

  return {
    list() {
      const present = new Set<string>();
      const drafts = records.list((id) => {
        present.add(id);
        const entry = unchanged(id);
        if (entry) return entry.summary;
        const loaded = load(id);
        return loaded.kind === 'ok' ? loaded.known.summary : undefined;
      });
      for (const id of known.keys()) if (!present.has(id)) records.forget(id);
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

    duplicate(id, copySuffix) {
      const { draft } = loadOrThrow(id);
      const at = now();
      return write({
        ...draft,
        id: newId(),
        name: copyName(draft.name, copySuffix),
        createdAt: at,
        updatedAt: at,
        revision: 0,
        launch: null,
      }).summary;
    },

    moveToBin(id) {
      const { summary } = current(id);
      records.moveToBin(id);
      return summary;
    },

    restore(id) {
      records.restore(id);
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
