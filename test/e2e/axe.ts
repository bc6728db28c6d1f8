// Accessibility check of the page as it stands: no serious or critical axe violation.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Settles the page first: a hover colour left by the last click, or a fade still running
 * (antd's modal and form-error motions), gives axe a half-transparent colour to measure,
 * and the check would then fail or pass by timing rather than by design.
 */
async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/** `include` narrows the check to one part, e.g. an open dialog whose mask dims the page. */
export async function expectAccessible(page: Page, what: string, include?: string): Promise<void> {
  await settle(page);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
  expect(bad, `accessibility violations on ${what}`).toEqual([]);
}
