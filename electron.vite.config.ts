import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from './electron/main/security/content-security-policy';

/** Puts the app's CSP into the page itself, so it holds however the page is served. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'callsheet-csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => {
        const devServerOrigin = context.server
          ? `http://localhost:${context.server.config.server.port ?? 5173}`
          : undefined;
        const policy = buildContentSecurityPolicy(devServerOrigin ? { devServerOrigin } : {});
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed renderer can only load a single CommonJS preload file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
