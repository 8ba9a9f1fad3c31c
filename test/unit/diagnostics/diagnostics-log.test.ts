import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiagnosticsLog } from '../../../electron/main/services/diagnostics/diagnostics-log';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'callsheet-log-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the diagnostics log', () => {
  it('rotates instead of growing without end, keeping the newest lines', () => {
    const directory = tempDir();
    const log = createDiagnosticsLog({ directory, maxBytes: 2_000, keepFiles: 3 });
    for (let index = 0; index < 200; index += 1) {
      log.record({ kind: 'app', message: `event number ${index}` });
    }
    const files = readdirSync(directory).sort();
    expect(files).toEqual(['callsheet.log', 'callsheet.log.1', 'callsheet.log.2']);
    const recent = log.recent(5);
    expect(recent).toHaveLength(5);
    expect(recent.at(-1)).toContain('event number 199');
  });

  it('never writes a key, whether it was registered or merely looks like one', () => {
    const directory = tempDir();
    const log = createDiagnosticsLog({ directory });
    const registered = 'my-custom-secret-value-1234567890';
    log.remember(registered);
    log.record({ kind: 'app', message: `oops ${registered} and sk_${'a1'.repeat(24)}` });
    const text = readFileSync(join(directory, 'callsheet.log'), 'utf8');
    expect(text).not.toContain(registered);
    expect(text).not.toMatch(/sk_(a1){24}/);
    expect(text).toContain('[redacted]');
  });

  it('keeps working when its folder cannot be written', () => {
    // A folder inside a plain file can never be created.
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, '');
    const log = createDiagnosticsLog({ directory: join(blocker, 'logs') });
    expect(() => log.record({ kind: 'app', message: 'hello' })).not.toThrow();
    expect(log.recent(10)).toEqual([]);
  });
});
