import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/services/drafts/draft-store';
import { savedAs } from './draft-fixtures';

const saveOnce = fileURLToPath(new URL('./support/save-once.ts', import.meta.url));

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a save the disk cannot take whole', () => {
  // A file size limit makes write() stop short, as a nearly full disk does. electron-store's
  // atomic writer does not notice and renames the short file over the good one.
  it.skipIf(process.platform === 'win32')(
    'puts the previous version back and says so',
    () => {
      root = mkdtempSync(join(tmpdir(), 'callsheet-short-'));
      const directory = join(root, 'drafts');
      const store = createDraftStore({ directory });
      const { id } = store.create('Small');
      store.save(id, 0, savedAs(1, 500));
      const path = join(directory, `${id}.json`);
      const before = readFileSync(path, 'utf8');

      // ulimit -f counts 512-byte blocks: ~2 MB, far less than 20k recipients need.
      const command = `ulimit -f 4000; exec "${process.execPath}" --import tsx --import ./test/host/register-electron-absent.mjs "${saveOnce}" "${directory}" ${id} 1 20000`;
      const output = execFileSync('sh', ['-c', command], { cwd: process.cwd(), encoding: 'utf8' });
      const result = JSON.parse(output.trim()) as { ok: boolean; code?: string; message?: string };

      expect(result).toMatchObject({ ok: false, code: 'internal' });
      expect(result.message).toMatch(/could not save this campaign completely/);
      expect(result.message).toMatch(/last saved version is kept/);
      expect(readFileSync(path, 'utf8')).toBe(before);
      expect(readdirSync(directory)).toEqual([`${id}.json`]);
      expect(createDraftStore({ directory }).get(id).revision).toBe(1);
    },
    60_000,
  );
});
