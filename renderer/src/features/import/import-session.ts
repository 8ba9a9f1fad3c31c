import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  CountryCode,
  StoredRecipient,
  ValidPhoneNumbers,
} from '../../../../shared/domain/recipients';
import {
  applyRememberedMapping,
  checkMapping,
  type Delimiter,
  type DuplicatePolicy,
  type ImportProgress,
  type ImportReport,
  type LegacyEncoding,
  type MappedColumn,
  type SheetSummary,
  type SpreadsheetEncoding,
  type SpreadsheetProblem,
  type WorkerConvertOptions,
} from '../../../../shared/domain/spreadsheet';
import type { ImportTask, ImportWorkerClient } from '../../workers/import-worker-client';
import { loadRememberedMapping } from './mapping-storage';

// One file on its way into a draft: read it (in the worker), let the person check the format
// and the columns, convert the rows, show what would be added. Nothing touches the draft here;
// the wizard adds the converted rows through the recipient store once the person confirms.

/** The person's overrides of what was detected; undefined means "detect". */
export interface ReadSettings {
  encoding?: SpreadsheetEncoding;
  delimiter?: Delimiter;
  hasHeaderRow?: boolean;
}

export interface OpenSheet {
  sheetId: number;
  summary: SheetSummary;
  suggestedMapping: MappedColumn[];
  memoryKey: string;
}

export interface ConvertedRows {
  recipients: StoredRecipient[];
  report: ImportReport;
  policy: DuplicatePolicy;
  validPhoneNumbers: ValidPhoneNumbers;
}

export type ImportStep =
  | { kind: 'reading'; progress: ImportProgress | null }
  /** The file can't be imported at all (not a spreadsheet, empty, …). */
  | { kind: 'unreadable'; problem: SpreadsheetProblem }
  | { kind: 'file' }
  | { kind: 'columns' }
  | { kind: 'converting'; progress: ImportProgress | null }
  | { kind: 'check' };

export interface ImportContext {
  file: File;
  client: ImportWorkerClient;
  agentVariables: readonly string[];
  defaultCountry: CountryCode;
  /** The draft's numbers when the rows are converted, for finding people already in it. */
  existingPhoneNumbers: () => string[];
}

export interface ImportSessionState {
  file: File;
  step: ImportStep;
  settings: ReadSettings;
  sheet: OpenSheet | null;
  mapping: MappedColumn[];
  /** The mapping is the one the person chose last time for files with these headings. */
  remembered: boolean;
  policy: DuplicatePolicy;
  /** The latest conversion; stays on screen while another duplicate choice is applied. */
  converted: ConvertedRows | null;
  /** Why re-reading or converting failed, shown on the step the person is on. */
  problem: SpreadsheetProblem | null;

  start: () => void;
  read: (settings: ReadSettings) => void;
  setTarget: (column: number, target: MappedColumn['target']) => void;
  restoreSuggestions: () => void;
  showStep: (step: 'file' | 'columns') => void;
  convert: (policy: DuplicatePolicy) => void;
  /** Stops the reading or converting under way. */
  cancel: () => void;
  dispose: () => void;
}

export type ImportSession = StoreApi<ImportSessionState>;

// Central European code pages win a tie for campaigns calling those countries.
const CENTRAL_EUROPE: ReadonlySet<CountryCode> = new Set([
  'PL',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'RO',
]);

function preferredLegacyEncoding(country: CountryCode): LegacyEncoding {
  return CENTRAL_EUROPE.has(country) ? 'windows-1250' : 'windows-1252';
}

/**
 * How long the columns stay as the person left them before the rows are converted ahead again:
 * choosing the targets of several columns one after another starts one conversion, not one
 * per choice.
 */
export const CONVERT_AGAIN_AFTER_MS = 300;

export function createImportSession(context: ImportContext): ImportSession {
  let running: ImportTask<unknown> | null = null;
  // Results of a task started before the latest one (or before dispose) are ignored.
  let generation = 0;
  let convertAgain: ReturnType<typeof setTimeout> | undefined;

  return createStore<ImportSessionState>()((set, get) => {
    const begin = <T>(task: ImportTask<T>, handle: (outcome: T) => void) => {
      running?.cancel();
      running = task;
      const mine = ++generation;
      void task.result.then((outcome) => {
        if (mine !== generation) return;
        running = null;
        handle(outcome);
      });
    };

    const convertOptions = (policy: DuplicatePolicy): WorkerConvertOptions => ({
      defaultCountry: context.defaultCountry,
      duplicatePolicy: policy,
      existingPhoneNumbers: context.existingPhoneNumbers(),
    });

    /**
     * While the person checks the file and its columns, the rows are converted with the mapping
     * shown; confirming it unchanged then finds them (nearly) ready.
     */
    const prepare = () => {
      clearTimeout(convertAgain);
      const { sheet, mapping, policy } = get();
      // A mapping that can't be converted waits for the person to fix it.
      const problems = checkMapping(mapping, { agentVariables: context.agentVariables });
      if (!sheet || problems.some((problem) => problem.severity === 'error')) return;
      context.client.prepare(sheet.sheetId, mapping, convertOptions(policy));
    };

    const prepareSoon = () => {
      clearTimeout(convertAgain);
      convertAgain = setTimeout(prepare, CONVERT_AGAIN_AFTER_MS);
    };

    const mappingFor = (sheet: OpenSheet) => {
      const remembered = loadRememberedMapping(sheet.memoryKey);
      if (!remembered) return { mapping: sheet.suggestedMapping, remembered: false };
      return {
        mapping: applyRememberedMapping(sheet.summary.headers, remembered, {
          agentVariables: context.agentVariables,
        }),
        remembered: true,
      };
    };

    return {
      file: context.file,
      step: { kind: 'reading', progress: null },
      settings: {},
      sheet: null,
      mapping: [],
      remembered: false,
      policy: 'keep-first',
      converted: null,
      problem: null,

      start: () => {
        set({ sheet: null, converted: null, problem: null });
        get().read({});
      },

      read: (settings) => {
        clearTimeout(convertAgain);
        set({ settings, step: { kind: 'reading', progress: null }, problem: null });
        const task = context.client.read(
          context.file,
          {
            ...settings,
            agentVariables: [...context.agentVariables],
            defaultCountry: context.defaultCountry,
            preferLegacyEncoding: preferredLegacyEncoding(context.defaultCountry),
          },
          (progress) => set({ step: { kind: 'reading', progress } }),
        );
        begin(task, (outcome) => {
          const previous = get().sheet;
          if (outcome.ok) {
            if (previous) context.client.release(previous.sheetId);
            const sheet: OpenSheet = {
              sheetId: outcome.sheetId,
              summary: outcome.summary,
              suggestedMapping: outcome.suggestedMapping,
              memoryKey: outcome.memoryKey,
            };
            const { mapping, remembered } = mappingFor(sheet);
            set({ sheet, mapping, remembered, converted: null, step: { kind: 'file' } });
            prepare();
          } else if (previous) {
            // A re-read with other settings: keep the last good reading to go back to.
            const cancelled = outcome.problem.code === 'cancelled';
            set({ step: { kind: 'file' }, problem: cancelled ? null : outcome.problem });
          } else {
            set({ step: { kind: 'unreadable', problem: outcome.problem } });
          }
        });
      },

      setTarget: (column, target) => {
        set((state) => ({
          mapping: state.mapping.map((entry, index) =>
            index === column ? { header: entry.header, target } : entry,
          ),
        }));
        prepareSoon();
      },

      restoreSuggestions: () => {
        const { sheet } = get();
        if (!sheet) return;
        set({ mapping: sheet.suggestedMapping, remembered: false });
        prepareSoon();
      },

      // Results are for the mapping they were made with; going back means making them again.
      showStep: (step) => set({ step: { kind: step }, problem: null, converted: null }),

      convert: (policy) => {
        const { sheet, mapping, converted } = get();
        if (!sheet) return;
        // The request takes over the conversion ahead, or starts its own.
        clearTimeout(convertAgain);
        set({ policy, step: { kind: 'converting', progress: null }, problem: null });
        const task = context.client.convert(
          sheet.sheetId,
          mapping,
          convertOptions(policy),
          (progress) => set({ step: { kind: 'converting', progress } }),
        );
        begin(task, (outcome) => {
          if (outcome.ok) {
            set({
              converted: {
                recipients: outcome.recipients,
                report: outcome.report,
                policy,
                validPhoneNumbers: outcome.validPhoneNumbers,
              },
              step: { kind: 'check' },
            });
            return;
          }
          // Back where the person started converting from, with the choices they had there.
          const problem = outcome.problem.code === 'cancelled' ? null : outcome.problem;
          set(
            converted
              ? { step: { kind: 'check' }, policy: converted.policy, problem }
              : { step: { kind: 'columns' }, problem },
          );
        });
      },

      cancel: () => running?.cancel(),

      dispose: () => {
        clearTimeout(convertAgain);
        generation++;
        running?.cancel();
        running = null;
        const { sheet } = get();
        if (sheet) context.client.release(sheet.sheetId);
        context.client.dispose();
      },
    };
  });
}
