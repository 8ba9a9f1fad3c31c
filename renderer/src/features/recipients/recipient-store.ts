import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  createEmptyRecipient,
  createPhoneNumberNormalizer,
  normalizeRecipient,
  validateRecipient,
  type CountryCode,
  type RecipientIssue,
  type StoredRecipient,
  type ValidPhoneNumbers,
} from '../../../../shared/domain/recipients';
import { yieldToEventLoop } from '../../../../shared/domain/spreadsheet';
import {
  appendInPieces,
  applyChange,
  indexRecipients,
  invertChange,
  type Change,
  type RecipientList,
  type RowChange,
} from './recipient-changes';
import { ALL_RECIPIENTS, computeView, type RecipientQuery } from './recipient-query';
import { patchGroup, readText, writeText, type TextFieldPath } from './recipient-values';
import type { ListCheck } from './validation/messages';
import { startListValidator } from './validation/validation-client';

/** A row's own issues, checked on the spot after an edit, until the worker's pass includes it. */
export interface FreshIssues {
  version: number;
  issues: readonly RecipientIssue[];
}

/** Where the table should take focus (or just scroll) next. A new object each time. */
export interface FocusRequest {
  id: string;
  /** A cell's column, or null for the row itself. */
  column: string | null;
  /**
   * Move keyboard focus there even from elsewhere on the page. Otherwise focus moves only if it
   * was in the table or was lost (its element removed, as after a delete or an undo).
   */
  takeFocus: boolean;
}

/** 'anchor' makes the row current, where a later Shift-click range starts; selection stays. */
export type SelectMode = 'anchor' | 'toggle' | 'range';

export interface RecipientState {
  recipients: readonly StoredRecipient[];
  indexById: ReadonlyMap<string, number>;
  defaultCountry: CountryCode;
  readOnly: boolean;
  query: RecipientQuery;
  /** Ids in display order. Edits keep it as it is, so a row never jumps away while typed in. */
  view: readonly string[];
  selected: ReadonlySet<string>;
  anchorId: string | null;
  activeId: string | null;
  detailsId: string | null;
  focusRequest: FocusRequest | null;
  past: readonly Change[];
  future: readonly Change[];
  /** Counts changes to the list (and to the country), so worker results can be matched up. */
  version: number;
  /** The worker's latest pass over the whole list; null until the first one. */
  check: ListCheck | null;
  fresh: ReadonlyMap<string, FreshIssues>;

  checkRow: (row: StoredRecipient) => RecipientIssue[];
  editRow: (id: string, next: StoredRecipient) => void;
  addRecipient: () => void;
  // These return the recorded change (null: nothing changed), so a toast can offer to undo it.
  /** Appends already normalised rows (an import) as one undoable step. */
  addRecipients: (rows: readonly StoredRecipient[]) => Change | null;
  /**
   * addRecipients for an import of many rows: the work is done a piece at a time between other
   * tasks, so the page never stops for long, and the list changes at once at the end, still as
   * one undoable step. null, with nothing added, if `signal` stops it first. `validPhoneNumbers`,
   * the import's, spare the list check parsing those numbers again.
   */
  addRecipientsInPieces: (
    rows: readonly StoredRecipient[],
    signal: AbortSignal,
    validPhoneNumbers?: ValidPhoneNumbers,
  ) => Promise<Change | null>;
  removeRecipients: (ids: readonly string[]) => Change | null;
  bulkSetText: (ids: readonly string[], path: TextFieldPath, text: string) => Change | null;
  bulkTag: (ids: readonly string[], tag: string, add: boolean) => Change | null;
  undo: () => void;
  redo: () => void;
  /** Undoes the given change only if nothing was done after it. */
  undoChange: (changeId: number) => void;
  setQuery: (patch: Partial<RecipientQuery>) => void;
  select: (id: string, mode: SelectMode) => void;
  selectAllMatching: () => void;
  clearSelection: () => void;
  /** Moves the active row by `delta` rows in the view; `extend` grows the selection with it. */
  moveActive: (delta: number, extend: boolean) => void;
  focusRow: (id: string, column: string | null) => void;
  openDetails: (id: string) => void;
  closeDetails: () => void;
  showNextNeedingAttention: () => void;
  setDefaultCountry: (country: CountryCode) => void;
  dispose: () => void;
}

export type RecipientStore = StoreApi<RecipientState>;

const NO_ISSUES: readonly RecipientIssue[] = [];
// Beyond this many rows an edit's rows are not checked on the spot; the worker's pass follows.
const CHECK_ON_THE_SPOT = 500;
const HISTORY_LIMIT = 200;

/** A row's issues as the table shows them; undefined while the list is being checked. */
export function issuesFor(
  state: Pick<RecipientState, 'check' | 'fresh'>,
  id: string,
): readonly RecipientIssue[] | undefined {
  const fresh = state.fresh.get(id);
  if (fresh) return fresh.issues;
  if (!state.check) return undefined;
  return state.check.issuesById.get(id) ?? NO_ISSUES;
}

/** How many rows need attention, or null while the list is being checked. */
export function attentionCount(
  state: Pick<RecipientState, 'check' | 'fresh' | 'indexById'>,
): number | null {
  if (!state.check) return null;
  let count = 0;
  for (const id of state.check.issuesById.keys()) {
    if (!state.fresh.has(id) && state.indexById.has(id)) count++;
  }
  for (const [id, fresh] of state.fresh) {
    if (fresh.issues.length > 0 && state.indexById.has(id)) count++;
  }
  return count;
}

/** Imported lists may repeat or lack ids; the editor needs each row to have its own. */
function withUniqueIds(recipients: readonly StoredRecipient[]): readonly StoredRecipient[] {
  const seen = new Set<string>();
  let copy: StoredRecipient[] | null = null;
  recipients.forEach((row, position) => {
    if (row.id.trim() === '' || seen.has(row.id)) {
      copy ??= [...recipients];
      copy[position] = { ...row, id: crypto.randomUUID() };
    }
    seen.add(copy?.[position]?.id ?? row.id);
  });
  return copy ?? recipients;
}

/** A row being added at `index`; its id is replaced if it is empty or taken. */
/** The row added at `index`; `isTaken` tells the ids already in the list. */
function addedRow(
  row: StoredRecipient,
  index: number,
  isTaken: (id: string) => boolean,
): RowChange {
  // Ids must stay unique, or edits and undo would touch the wrong row.
  const clash = row.id.trim() === '' || isTaken(row.id);
  const after = clash ? { ...row, id: crypto.randomUUID() } : row;
  return { id: after.id, index, before: null, after };
}

function sameRow(a: StoredRecipient, b: StoredRecipient): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function rangeOf(view: readonly string[], from: string | null, to: string): Set<string> {
  const end = view.indexOf(to);
  const start = from === null ? -1 : view.indexOf(from);
  if (start === -1 || end === -1) return new Set([to]);
  const [low, high] = start < end ? [start, end] : [end, start];
  return new Set(view.slice(low, high + 1));
}

export interface RecipientStoreOptions {
  recipients: readonly StoredRecipient[];
  defaultCountry: CountryCode;
  readOnly: boolean;
}

export function createRecipientStore(options: RecipientStoreOptions): RecipientStore {
  const recipients = withUniqueIds(options.recipients);
  let phoneNumbers = createPhoneNumberNormalizer(options.defaultCountry);
  let nextChangeId = 1;
  /**
   * The version from which the worker's pass must be to count: a change too big to check on
   * the spot (an import) or a new country leaves every row "being checked" until then, rather
   * than shown as ready by the pass before it.
   */
  let passNeededFrom = 0;

  const store = createStore<RecipientState>()((set, get) => {
    const viewContext = (state: RecipientState) => ({
      issuesOf: (id: string) => issuesFor(state, id),
      duplicateIds: state.check?.duplicateIds ?? null,
    });

    /**
     * Applies an edit (or its undo) to the list, the view, the selection and the checks.
     * `list` is the list after it, if already made.
     */
    const apply = (
      change: Change,
      history: Pick<RecipientState, 'past' | 'future'>,
      list: RecipientList = applyChange(get(), change),
    ) => {
      const state = get();
      const version = state.version + 1;
      const upserts: StoredRecipient[] = [];
      const removed = new Set<string>();
      const added: string[] = [];
      for (const row of change.rows) {
        if (row.after) upserts.push(row.after);
        else removed.add(row.id);
        if (row.after && !row.before) added.push(row.id);
      }

      const fresh = new Map(state.fresh);
      const checkedOnTheSpot = upserts.length <= CHECK_ON_THE_SPOT;
      if (!checkedOnTheSpot) {
        passNeededFrom = version;
      } else {
        for (const row of upserts) {
          // Duplicates need the whole list; the last pass's verdict stands until the next one.
          const duplicates =
            state.check?.issuesById
              .get(row.id)
              ?.filter((issue) => issue.code === 'duplicate_phone_number') ?? [];
          fresh.set(row.id, { version, issues: [...state.checkRow(row), ...duplicates] });
        }
      }
      for (const id of removed) fresh.delete(id);

      let { view, selected, activeId, detailsId, focusRequest } = state;
      if (removed.size > 0) {
        const position = activeId === null ? -1 : view.indexOf(activeId);
        view = view.filter((id) => !removed.has(id));
        selected = new Set([...selected].filter((id) => !removed.has(id)));
        if (activeId !== null && removed.has(activeId)) {
          activeId = view[Math.min(position, view.length - 1)] ?? null;
          // The focused row is gone; the keyboard continues from its neighbour.
          if (activeId !== null) focusRequest = { id: activeId, column: null, takeFocus: false };
        }
        if (detailsId !== null && removed.has(detailsId)) detailsId = null;
      }
      if (added.length > 0) view = [...view, ...added];

      set({
        ...list,
        ...history,
        version,
        fresh,
        check: checkedOnTheSpot ? state.check : null,
        view,
        selected,
        activeId,
        detailsId,
        focusRequest,
      });
      validator.patch(upserts, [...removed], version);
    };

    /** Records a new edit: it becomes undoable and clears what could be redone. */
    const record = (rows: RowChange[], list?: RecipientList): Change | null => {
      const state = get();
      if (state.readOnly || rows.length === 0) return null;
      const change: Change = { id: nextChangeId++, rows };
      apply(change, { past: [...state.past, change].slice(-HISTORY_LIMIT), future: [] }, list);
      return change;
    };

    /** Shows the rows an undo or redo touched, so the user sees what changed. */
    const reveal = (change: Change) => {
      const first = change.rows.find((row) => row.after !== null);
      if (first)
        set({ activeId: first.id, focusRequest: { id: first.id, column: null, takeFocus: false } });
    };

    const replacing = (
      ids: readonly string[],
      edit: (row: StoredRecipient) => StoredRecipient | null,
    ) => {
      const { recipients, indexById } = get();
      const rows: RowChange[] = [];
      for (const id of ids) {
        const index = indexById.get(id);
        const before = index === undefined ? undefined : recipients[index];
        if (index === undefined || !before) continue;
        const after = edit(before);
        if (after) rows.push({ id, index, before, after });
      }
      return rows;
    };

    return {
      recipients,
      indexById: indexRecipients(recipients),
      defaultCountry: options.defaultCountry,
      readOnly: options.readOnly,
      query: ALL_RECIPIENTS,
      view: recipients.map((row) => row.id),
      selected: new Set(),
      anchorId: null,
      activeId: null,
      detailsId: null,
      focusRequest: null,
      past: [],
      future: [],
      version: 0,
      check: null,
      fresh: new Map(),

      checkRow: (row) =>
        validateRecipient(row, { defaultCountry: get().defaultCountry, phoneNumbers }),

      editRow: (id, next) => {
        const normalized = normalizeRecipient(next, get().defaultCountry, { phoneNumbers });
        record(replacing([id], (before) => (sameRow(before, normalized) ? null : normalized)));
      },

      addRecipient: () => {
        const { recipients, readOnly } = get();
        if (readOnly) return;
        const id = crypto.randomUUID();
        record([{ id, index: recipients.length, before: null, after: createEmptyRecipient(id) }]);
        set({
          activeId: id,
          anchorId: id,
          selected: new Set(),
          focusRequest: { id, column: 'phone', takeFocus: true },
        });
      },

      addRecipients: (rows) => {
        const { recipients, indexById } = get();
        const taken = new Set<string>();
        const added = rows.map((row, offset) => {
          const change = addedRow(
            row,
            recipients.length + offset,
            (id) => indexById.has(id) || taken.has(id),
          );
          taken.add(change.id);
          return change;
        });
        const change = record(added);
        if (change) reveal(change);
        return change;
      },

      addRecipientsInPieces: async (rows, signal, validPhoneNumbers) => {
        const before = get();
        if (before.readOnly || rows.length === 0) return null;
        const added: RowChange[] = [];
        const list = await appendInPieces(
          before,
          rows,
          (row, index, ids) => {
            const change = addedRow(row, index, (id) => ids.has(id));
            added.push(change);
            return change;
          },
          yieldToEventLoop,
          signal,
        );
        if (!list) return null;
        // The list changes (and the table renders it) in a task of its own, not after the
        // last piece.
        await yieldToEventLoop();
        if (signal.aborted) return null;
        // Nothing else edits the list while an import adds its rows; should something have,
        // the rows go in the plain way.
        if (get().recipients !== before.recipients) return get().addRecipients(rows);
        // Ahead of the rows, so the check that follows them finds the numbers known.
        if (validPhoneNumbers) validator.learn(validPhoneNumbers);
        const change = record(added, list);
        if (change) reveal(change);
        return change;
      },

      removeRecipients: (ids) => {
        const { recipients, indexById } = get();
        const rows: RowChange[] = [];
        for (const id of ids) {
          const index = indexById.get(id);
          const before = index === undefined ? undefined : recipients[index];
          if (index !== undefined && before) rows.push({ id, index, before, after: null });
        }
        return record(rows);
      },

      bulkSetText: (ids, path, text) => {
        // Normalised once for all rows: normalising 100k whole rows would take seconds.
        const probe = normalizeRecipient(
          writeText(createEmptyRecipient('probe'), path, text),
          get().defaultCountry,
          { phoneNumbers },
        );
        const value = readText(probe, path);
        return record(
          replacing(ids, (row) =>
            readText(row, path) === value ? null : writeText(row, path, value),
          ),
        );
      },

      bulkTag: (ids, raw, add) => {
        const tag = raw.trim();
        if (tag === '') return null;
        return record(
          replacing(ids, (row) => {
            const has = row.metadata.tags.includes(tag);
            if (has === add) return null;
            const tags = add
              ? [...row.metadata.tags, tag]
              : row.metadata.tags.filter((other) => other !== tag);
            return patchGroup(row, 'metadata', { tags });
          }),
        );
      },

      undo: () => {
        const { past, future, readOnly } = get();
        const change = past[past.length - 1];
        if (!change || readOnly) return;
        const inverse = invertChange(change);
        apply(inverse, { past: past.slice(0, -1), future: [...future, change] });
        if (inverse.rows.some((row) => row.before === null)) get().setQuery({});
        reveal(inverse);
      },

      redo: () => {
        const { past, future, readOnly } = get();
        const change = future[future.length - 1];
        if (!change || readOnly) return;
        apply(change, { past: [...past, change], future: future.slice(0, -1) });
        if (change.rows.some((row) => row.before === null)) get().setQuery({});
        reveal(change);
      },

      undoChange: (changeId) => {
        const { past } = get();
        if (past[past.length - 1]?.id === changeId) get().undo();
      },

      setQuery: (patch) => {
        const state = get();
        const query = { ...state.query, ...patch };
        const view = computeView(state.recipients, query, viewContext(state));
        const shown = new Set(view);
        // Bulk actions act on the selection, so rows the filter hides must not stay in it.
        const selected = new Set([...state.selected].filter((id) => shown.has(id)));
        set({ query, view, selected });
      },

      select: (id, mode) => {
        const { selected, anchorId, view } = get();
        if (mode === 'range') {
          set({ selected: rangeOf(view, anchorId, id), activeId: id });
        } else if (mode === 'toggle') {
          const next = new Set(selected);
          if (!next.delete(id)) next.add(id);
          set({ selected: next, anchorId: id, activeId: id });
        } else {
          set({ anchorId: id, activeId: id });
        }
      },

      selectAllMatching: () => set((state) => ({ selected: new Set(state.view) })),

      clearSelection: () => set({ selected: new Set() }),

      moveActive: (delta, extend) => {
        const { view, activeId, anchorId } = get();
        if (view.length === 0) return;
        const from = activeId === null ? -1 : view.indexOf(activeId);
        const to = Math.max(0, Math.min(view.length - 1, from === -1 ? 0 : from + delta));
        const id = view[to];
        if (id === undefined) return;
        const anchor = anchorId ?? activeId ?? id;
        set({
          activeId: id,
          ...(extend ? { selected: rangeOf(view, anchor, id), anchorId: anchor } : {}),
          focusRequest: { id, column: null, takeFocus: true },
        });
      },

      focusRow: (id, column) =>
        set({ activeId: id, focusRequest: { id, column, takeFocus: true } }),

      openDetails: (id) => set({ detailsId: id, activeId: id }),

      closeDetails: () => {
        const { detailsId } = get();
        set({ detailsId: null });
        if (detailsId !== null) get().focusRow(detailsId, null);
      },

      showNextNeedingAttention: () => {
        const state = get();
        const { view, activeId } = state;
        const start = activeId === null ? -1 : view.indexOf(activeId);
        for (let step = 1; step <= view.length; step++) {
          const id = view[(start + step) % view.length];
          if (id !== undefined && (issuesFor(state, id)?.length ?? 0) > 0) {
            get().focusRow(id, null);
            return;
          }
        }
        // None in view: the filter hides them, so show exactly those rows.
        get().setQuery({ show: 'attention', search: '', tag: null, priority: null });
        const first = get().view[0];
        if (first !== undefined) get().focusRow(first, null);
      },

      setDefaultCountry: (country) => {
        const state = get();
        if (country === state.defaultCountry) return;
        phoneNumbers = createPhoneNumberNormalizer(country);
        const version = state.version + 1;
        passNeededFrom = version;
        set({ defaultCountry: country, version, fresh: new Map(), check: null });
        validator.setCountry(country, version);
      },

      dispose: () => validator.dispose(),
    };
  });

  const receive = (check: ListCheck) => {
    const state = store.getState();
    if (check.version < passNeededFrom) return;
    if (state.check && check.version < state.check.version) return;
    const fresh = new Map([...state.fresh].filter(([, entry]) => entry.version > check.version));
    const first = state.check === null;
    store.setState({ check, fresh });
    // Filters and sorting by validation state could not work before the first pass.
    const { query } = state;
    if (first && (query.show !== 'all' || query.sort?.column === 'status')) {
      store.getState().setQuery({});
    }
  };
  const validator = startListValidator(receive);
  // A big list goes over after the page's own work (see startListValidator).
  const initial = store.getState();
  validator.load(initial.recipients, initial.defaultCountry, initial.version);
  return store;
}
