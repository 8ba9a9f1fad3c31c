import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';

export type LogEntry =
  | {
      kind: 'request';
      method: string;
      path: string;
      status: number | null;
      durationMs: number;
      requestId: string | null;
    }
  | { kind: 'error-shown'; channel: string; code: string; message: string }
  | { kind: 'app'; message: string };

export interface DiagnosticsLog {
  readonly directory: string;
  record(entry: LogEntry): void;
  /** Never let this text reach a log line, whatever code path produced it. */
  forget(secret: string): void;
  remember(secret: string): void;
  /** The newest lines, oldest first, for "Copy diagnostics". */
  recent(limit: number): string[];
}

export interface DiagnosticsLogOptions {
  directory: string;
  maxBytes?: number;
  keepFiles?: number;
  now?: () => Date;
}

const FILE = 'callsheet.log';
// ElevenLabs keys are `sk_` + hex; anything shaped like one is masked even if not registered.
const KEY_SHAPE = /\bsk_[A-Za-z0-9]{16,}\b/g;

/**
 * A small rotating log in the app data folder: every ElevenLabs request (method, path, status,
 * duration, request id) and every error shown to the user. Never keys, never call contents.
 */
export function createDiagnosticsLog(options: DiagnosticsLogOptions): DiagnosticsLog {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keepFiles = options.keepFiles ?? 3;
  const now = options.now ?? (() => new Date());
  const secrets = new Set<string>();
  const current = join(options.directory, FILE);
  const rotated = (index: number) => join(options.directory, `${FILE}.${index}`);

  const redact = (line: string): string => {
    let safe = line.replace(KEY_SHAPE, 'sk_[redacted]');
    for (const secret of secrets) safe = safe.split(secret).join('[redacted]');
    return safe;
  };

  const rotateIfFull = () => {
    if (!existsSync(current) || statSync(current).size < maxBytes) return;
    rmSync(rotated(keepFiles - 1), { force: true });
    for (let index = keepFiles - 2; index >= 1; index -= 1) {
      if (existsSync(rotated(index))) renameSync(rotated(index), rotated(index + 1));
    }
    renameSync(current, rotated(1));
  };

  return {
    directory: options.directory,
    record(entry) {
      try {
        mkdirSync(options.directory, { recursive: true });
        rotateIfFull();
        appendFileSync(
          current,
          `${redact(JSON.stringify({ at: now().toISOString(), ...entry }))}\n`,
        );
      } catch {
        // Diagnostics must never break the feature being diagnosed.
      }
    },
    remember(secret) {
      if (secret) secrets.add(secret);
    },
    forget(secret) {
      secrets.delete(secret);
    },
    recent(limit) {
      const files = [rotated(1), current].filter((file) => existsSync(file));
      const lines = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean));
      return lines.slice(-limit).map(redact);
    },
  };
}
