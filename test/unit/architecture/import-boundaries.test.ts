import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries enforced by the lint run', () => {
  it('lets only Electron adapters, lifecycle and preload import electron', async () => {
    const code = "import { app } from 'electron';\nexport const name = app.getName();\n";
    expect(await restrictedImports('electron/main/services/drafts/store.ts', code)).not.toEqual([]);
    expect(await restrictedImports('electron/main/handlers/agent-handlers.ts', code)).not.toEqual(
      [],
    );
    expect(await restrictedImports('electron/main/window.electron.ts', code)).toEqual([]);
    expect(await restrictedImports('electron/main/index.ts', code)).toEqual([]);
    expect(await restrictedImports('electron/preload/index.ts', code)).toEqual([]);
  });

  it('keeps the renderer out of main', async () => {
    const code =
      "import { createHandlers } from '../../../electron/main/handlers';\nexport const h = createHandlers;\n";
    expect(await restrictedImports('renderer/src/features/x/y.ts', code)).not.toEqual([]);
    expect(
      await restrictedImports(
        'renderer/src/x.ts',
        "import { app } from 'electron';\nexport { app };\n",
      ),
    ).not.toEqual([]);
  });

  it('keeps shared/ free of electron, the renderer and Node built-ins', async () => {
    const cases = [
      "import { app } from 'electron';\nexport { app };\n",
      "import { App } from '../../renderer/src/app/App';\nexport { App };\n",
      "import { dispatch } from '../../electron/main/ipc/dispatch';\nexport { dispatch };\n",
      "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n",
    ];
    for (const code of cases) {
      expect(await restrictedImports('shared/domain/example.ts', code), code).not.toEqual([]);
    }
    expect(
      await restrictedImports(
        'shared/domain/example.ts',
        "import { z } from 'zod';\nexport { z };\n",
      ),
    ).toEqual([]);
  });
});
