import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `electron` cannot be loaded in plain Node where its binary is not installed. Only
// electron-store touches it from code that runs here, and it works without it when given
// an absolute cwd, so tests resolve it to a module that says "not running in Electron".
const electronAbsent = fileURLToPath(
  new URL('./test/support/electron-absent.mjs', import.meta.url),
);

export default defineConfig({
  resolve: { alias: { electron: electronAbsent } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/services/**/*.test.ts'],
    environment: 'node',
    // Inlined so the `electron` alias above applies inside it.
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: ['default'],
  },
});
