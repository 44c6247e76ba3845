// Headless Chromium (Debian's package) driven by playwright-core, with a fresh profile and no outside traffic.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where the browser is looked for (CHROMIUM_PATH overrides). */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(chromiumPath)
    ? null
    : `chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM_PATH`;
}

/** A browser context on a fresh user-data dir that records every URL it requests; `close()` removes the profile. */
export async function openBrowser(): Promise<{ context: BrowserContext; requested: string[]; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1400, height: 900 },
  });
  const requested: string[] = [];
  context.on('request', (r) => {
    requested.push(r.url());
  });
  return {
    context,
    requested,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** URLs that left the machine: anything but http(s) to localhost/127.0.0.1 and data:/blob:/about: URLs. */
export function outsideRequests(urls: string[]): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (['data:', 'blob:', 'about:'].includes(url.protocol)) return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  });
}
