import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { startHostProcess, type HostProcessOptions } from '../../e2e/support/host-process';
import { chromiumLaunchOptions } from '../../support/chromium';
import type { BenchmarkResult } from '../run';

const builtRenderer = fileURLToPath(new URL('../../../out/renderer/index.html', import.meta.url));

/** The result a Chromium benchmark reports instead of figures when the renderer is not built. */
export function skippedWithoutRenderer(name: string): BenchmarkResult | undefined {
  if (existsSync(builtRenderer)) return undefined;
  return {
    name,
    figures: [],
    notes: ['Skipped: out/renderer is missing. Build it first with `npx electron-vite build`.'],
  };
}

/**
 * Starts the test host and a headless Chromium, opens the app in a 1280×800 page, hands the page
 * to `use`, and closes both however `use` ends.
 */
export async function withAppPage<T>(
  hostOptions: HostProcessOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const host = await startHostProcess(hostOptions);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    return await use(page);
  } finally {
    await browser.close();
    await host.stop();
  }
}

/** A benchmark measured in the app's page (see withAppPage), or skipped without a renderer. */
export async function chromiumBenchmark(
  name: string,
  hostOptions: HostProcessOptions,
  measure: (page: Page) => Promise<Omit<BenchmarkResult, 'name'>>,
): Promise<BenchmarkResult> {
  return skippedWithoutRenderer(name) ?? { name, ...(await withAppPage(hostOptions, measure)) };
}

export interface RowsToOpen {
  /** The buttons that open a list item; the first one is clicked, or the first showing `text`. */
  opener: string;
  text?: string;
  /** The table or grid the rows appear in. */
  rows: string;
}

/** From the click that opens a list item to the frame in which its first rows are on screen. */
export async function timeToRows(page: Page, target: RowsToOpen): Promise<number> {
  // Runs in the page. tsx names inner functions through a helper the page does not have, so it
  // uses only inline callbacks.
  return page.evaluate(async ({ opener, text, rows }) => {
    const open = [...document.querySelectorAll<HTMLButtonElement>(opener)].find(
      (button) => text === undefined || button.textContent === text,
    );
    if (!open) throw new Error(`nothing to open: no ${opener} ${text ?? ''} in the list`);
    const start = performance.now();
    open.click();
    while (!document.querySelector(`${rows} [role="row"][aria-rowindex="2"]`)) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    // The frame after the rows exist is the one that paints them.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, target);
}
