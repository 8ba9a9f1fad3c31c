import { existsSync } from 'node:fs';

// CI machines cannot download Playwright's browsers; Debian's Chromium stands in. Without the
// background-networking flags it keeps trying to reach Google's hosts on a closed network.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);

/** Launch options for every Chromium the tests and benchmarks start. */
export const chromiumLaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
