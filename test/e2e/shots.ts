// Screenshots for the README, taken by the browser tests where the page stands ready. They
// are written into docs/screenshots/ only when MENKOU_SHOTS=1, so an ordinary test run
// leaves the checkout as it found it (re-rendered PNGs differ byte by byte every run).
import fs from 'node:fs';
import type { Page } from 'playwright-core';

const DIR = new URL('../../docs/screenshots/', import.meta.url).pathname;

export async function docShot(page: Page, name: string): Promise<void> {
  if (process.env.MENKOU_SHOTS !== '1') return;
  fs.mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}${name}.png` });
}
