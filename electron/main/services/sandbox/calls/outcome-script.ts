// Scripted outcomes: a test decides how the call to a given number ends ("place 1 fails,
// place 2 books a haircut"), in-process or over HTTP with the same schema.
import { z } from 'zod';
import type { ValidationIssue } from '../errors';
import { toValidationIssues } from '../fault-spec';
import { isE164 } from '../validation/e164';

const dataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ScriptedOutcomeSchema = z.strictObject({
  /** How the call ends: answered and finished, not connected, or a voicemail box. */
  status: z.enum(['completed', 'failed', 'voicemail']).optional(),
  /** For `failed`: why; default `no_answer`. */
  failure: z.enum(['no_answer', 'busy', 'error']).optional(),
  /** The analysis verdict; default follows from the status. */
  callSuccessful: z.enum(['success', 'failure', 'unknown']).optional(),
  /** Same as `status: 'voicemail'`. */
  voicemail: z.boolean().optional(),
  /** Replaces the generated `transcript_summary`. */
  summary: z.string().min(1).optional(),
  /** Values for `data_collection_results`, merged over the generated ones. */
  dataCollection: z.record(z.string(), dataValue).optional(),
  /** false = the call keeps no audio, so `GET …/audio` answers 404; default true. */
  recording: z.boolean().optional(),
  /** Talk time once answered, in sandbox seconds. */
  durationSecs: z.number().positive().max(3600).optional(),
  /** Apply to the next N calls to the number, then back to the default; omitted = until cleared. */
  count: z.number().int().positive().optional(),
});

export type ScriptedOutcome = z.input<typeof ScriptedOutcomeSchema>;
export type DataValue = z.output<typeof dataValue>;

const E164Number = z
  .string()
  .refine(isE164, { error: 'Expected an E.164 number, e.g. +48600100200' });

const ScriptEntrySchema = ScriptedOutcomeSchema.extend({ phoneNumber: E164Number });

export type ActiveOutcome = ScriptedOutcome & {
  phoneNumber: string;
  /** Calls it will still decide; null = until cleared. */
  remaining: number | null;
  /** Calls it has decided so far. */
  hits: number;
};

export class InvalidOutcomeError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      `Invalid outcome: ${issues.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; ')}`,
    );
  }
}

interface Entry {
  phoneNumber: string;
  spec: ScriptedOutcome;
  remaining: number | null;
  hits: number;
}

function present(entry: Entry): ActiveOutcome {
  return {
    ...entry.spec,
    phoneNumber: entry.phoneNumber,
    remaining: entry.remaining,
    hits: entry.hits,
  };
}

function parse<S extends z.ZodType>(schema: S, input: unknown, prefix: string[]): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidOutcomeError(toValidationIssues(parsed.error, prefix));
  return parsed.data;
}

/**
 * The scripted outcome per destination number. Setting one for a number replaces what was
 * there. A call takes its outcome when it is dialled, so a script set while a batch runs
 * decides the calls still to come.
 */
export class OutcomeScript {
  private readonly byNumber = new Map<string, Entry>();

  /**
   * @param beforeChange lets the sandbox bring calls up to "now" first, so calls that were
   *   due before the change keep the outcome they would have had.
   */
  constructor(private readonly beforeChange: () => void = () => undefined) {}

  /** Throws InvalidOutcomeError (with FastAPI-style issues) for what HTTP would reject. */
  outcome(phoneNumber: string, outcome: ScriptedOutcome): ActiveOutcome {
    const number = parse(E164Number, phoneNumber, ['phoneNumber']);
    const spec = parse(ScriptedOutcomeSchema, outcome, []);
    this.beforeChange();
    const entry: Entry = { phoneNumber: number, spec, remaining: spec.count ?? null, hits: 0 };
    this.byNumber.set(number, entry);
    return present(entry);
  }

  /**
   * Parses what a browser test posts: `{ phoneNumber, ...outcome }`, a list of those, or
   * `{ "outcomes": [...] }`. All or none are applied.
   */
  outcomesFromJson(body: unknown): ActiveOutcome[] {
    const wrapped = z.object({ outcomes: z.array(z.unknown()) }).safeParse(body);
    const items: unknown[] = Array.isArray(body)
      ? body
      : wrapped.success
        ? wrapped.data.outcomes
        : [body];
    const prefix = Array.isArray(body) ? ['body'] : wrapped.success ? ['body', 'outcomes'] : [];
    const entries = items.map((item, index) =>
      parse(ScriptEntrySchema, item, prefix.length > 0 ? [...prefix, String(index)] : ['body']),
    );
    return entries.map(({ phoneNumber, ...outcome }) => this.outcome(phoneNumber, outcome));
  }

  clear(phoneNumber?: string): boolean {
    this.beforeChange();
    if (phoneNumber === undefined) {
      const had = this.byNumber.size > 0;
      this.byNumber.clear();
      return had;
    }
    return this.byNumber.delete(phoneNumber);
  }

  list(): ActiveOutcome[] {
    return [...this.byNumber.values()].map(present);
  }

  /** The outcome for a call being dialled now, counted against its `count`. */
  take(phoneNumber: string): ScriptedOutcome | undefined {
    const entry = this.byNumber.get(phoneNumber);
    if (!entry) return undefined;
    entry.hits += 1;
    if (entry.remaining !== null) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.byNumber.delete(phoneNumber);
    }
    return entry.spec;
  }
}
