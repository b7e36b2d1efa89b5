// Debian's Chromium driven by playwright-core (no browser download): headless, no
// sandbox (CI runs as root), and no background networking on this closed network.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  // CI installs it (.ci/run); a missing browser there is a failure, not a skip.
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs the Debian package \`chromium\``);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}
