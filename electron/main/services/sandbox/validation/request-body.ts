// Request bodies are checked the way FastAPI + pydantic check them on the real API, and
// rejected with the same 422 `{"detail":[{loc,msg,type}]}` list, so the app's handling of
// validation errors is exercised against the real shape.
import type { z } from 'zod';
import { SandboxHttpError, validationError, type ValidationIssue } from '../errors';

type ZodIssue = z.core.$ZodIssue;

function typeIssue(expected: string): { type: string; msg: string } {
  switch (expected) {
    case 'string':
      return { type: 'string_type', msg: 'Input should be a valid string' };
    case 'number':
    case 'int':
      return { type: 'int_type', msg: 'Input should be a valid integer' };
    case 'boolean':
      return { type: 'bool_type', msg: 'Input should be a valid boolean' };
    case 'array':
      return { type: 'list_type', msg: 'Input should be a valid list' };
    default:
      return { type: 'dict_type', msg: 'Input should be a valid dictionary' };
  }
}

function describe(issue: ZodIssue): { type: string; msg: string; ctx?: Record<string, unknown> } {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { type: 'missing', msg: 'Field required' };
      return typeIssue(issue.expected);
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          type: 'too_short',
          msg: `List should have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'} after validation, not ${Array.isArray(issue.input) ? issue.input.length : 0}`,
          ctx: { field_type: 'List', min_length: Number(issue.minimum) },
        };
      }
      if (issue.origin === 'string') {
        return {
          type: 'string_too_short',
          msg: `String should have at least ${String(issue.minimum)} character${issue.minimum === 1 ? '' : 's'}`,
          ctx: { min_length: Number(issue.minimum) },
        };
      }
      return issue.inclusive
        ? {
            type: 'greater_than_equal',
            msg: `Input should be greater than or equal to ${String(issue.minimum)}`,
            ctx: { ge: Number(issue.minimum) },
          }
        : {
            type: 'greater_than',
            msg: `Input should be greater than ${String(issue.minimum)}`,
            ctx: { gt: Number(issue.minimum) },
          };
    case 'too_big':
      if (issue.origin === 'array') {
        return {
          type: 'too_long',
          msg: `List should have at most ${String(issue.maximum)} items after validation`,
          ctx: { field_type: 'List', max_length: Number(issue.maximum) },
        };
      }
      return {
        type: 'less_than_equal',
        msg: `Input should be less than or equal to ${String(issue.maximum)}`,
        ctx: { le: Number(issue.maximum) },
      };
    case 'invalid_value':
      return {
        type: 'enum',
        msg: `Input should be ${issue.values.map((value) => `'${String(value)}'`).join(' or ')}`,
      };
    case 'invalid_union':
      return { type: 'union_type', msg: 'Input should be a valid string, number or boolean' };
    default:
      // Custom checks (E.164, "one of these fields") read as pydantic value errors.
      return { type: 'value_error', msg: `Value error, ${issue.message}` };
  }
}

export function toFastApiIssues(issues: readonly ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const { type, msg, ctx } = describe(issue);
    return {
      type,
      loc: ['body', ...issue.path.map((part) => (typeof part === 'number' ? part : String(part)))],
      msg,
      ...(issue.input !== undefined ? { input: issue.input } : {}),
      ...(ctx ? { ctx } : {}),
    };
  });
}

/** The body as the schema reads it, or a thrown 422 that the server sends as it is. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined) {
    throw new SandboxHttpError(
      validationError([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }]),
    );
  }
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    throw new SandboxHttpError(validationError(toFastApiIssues(parsed.error.issues)));
  }
  return parsed.data;
}

/** Issues found after the schema passed (checks against the workspace), as one 422. */
export function rejectBody(issues: ValidationIssue[]): never {
  throw new SandboxHttpError(validationError(issues));
}
