// Query parameters parsed the way the real API (FastAPI + pydantic) does, including its
// 422 error shapes, so bad input from the app surfaces exactly as it would live.
import { SandboxHttpError, validationError } from './errors';

function reject(
  name: string,
  type: string,
  msg: string,
  input: string,
  ctx?: Record<string, unknown>,
): never {
  throw new SandboxHttpError(
    validationError([{ type, loc: ['query', name], msg, input, ...(ctx ? { ctx } : {}) }]),
  );
}

export function queryString(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null ? undefined : value;
}

export function queryInt(
  query: URLSearchParams,
  name: string,
  limits: { fallback: number; min: number; max: number },
): number {
  const raw = query.get(name);
  if (raw === null) return limits.fallback;
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
    reject(
      name,
      'int_parsing',
      'Input should be a valid integer, unable to parse string as an integer',
      raw,
    );
  }
  const value = Number.parseInt(raw, 10);
  if (value < limits.min) {
    reject(
      name,
      'greater_than_equal',
      `Input should be greater than or equal to ${limits.min}`,
      raw,
      {
        ge: limits.min,
      },
    );
  }
  if (value > limits.max) {
    reject(name, 'less_than_equal', `Input should be less than or equal to ${limits.max}`, raw, {
      le: limits.max,
    });
  }
  return value;
}

function describeChoices(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
}

export function queryEnum<T extends string>(
  query: URLSearchParams,
  name: string,
  values: readonly T[],
): T | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const match = values.find((value) => value === raw);
  if (match === undefined) {
    const expected = describeChoices(values);
    reject(name, 'enum', `Input should be ${expected}`, raw, { expected });
  }
  return match;
}

/** A repeatable parameter (`?x=a&x=b`) whose every value must be one of `values`. */
export function queryEnumList<T extends string>(
  query: URLSearchParams,
  name: string,
  values: readonly T[],
): T[] {
  return query.getAll(name).map((raw) => {
    const match = values.find((value) => value === raw);
    if (match === undefined) {
      const expected = describeChoices(values);
      return reject(name, 'enum', `Input should be ${expected}`, raw, { expected });
    }
    return match;
  });
}

const TRUE_WORDS = ['true', '1', 'yes', 'on', 't', 'y'];
const FALSE_WORDS = ['false', '0', 'no', 'off', 'f', 'n'];

export function queryBool(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const word = raw.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return reject(
    name,
    'bool_parsing',
    'Input should be a valid boolean, unable to interpret input',
    raw,
  );
}
