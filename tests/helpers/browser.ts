// Debian's Chromium driven by playwright-core (no browser download): headless, no
// sandbox (CI runs as root), and no background networking on this closed network.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  // CI installs it (.ci/run); a missing browser there is a failure, not a skip.
  if (process.env['CI']) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs the Debian package \`chromium\``);
  return false;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One browser for several test files (each in its own worker): they `chromium.connect` to its endpoint. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS, host: '127.0.0.1' });
}
