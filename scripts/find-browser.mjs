// Which Chromium the browser journeys use: Playwright's own download if present, else CHROMIUM_PATH,
// else Debian's /usr/bin/chromium. Returns null when there is none.
import { existsSync } from 'node:fs';

export async function findBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {}
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}
