// The playground in a real browser: Chromium (the system's, from Debian's packages) driven by
// playwright-core, walking the article's flows through the page as a reader would. A screenshot
// of each step goes to reports/playground/. Without a browser the walk is skipped, unless
// REQUIRE_BROWSER is set (CI sets it): then its absence fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildPlayground } from '../../playground/build';
import { servePlayground } from '../../playground/serve';

const findChromium = (): string | null => {
  const named = process.env['CHROMIUM_PATH'];
  if (named !== undefined && existsSync(named)) return named;
  for (const candidate of ['chromium', 'chromium-browser', 'google-chrome'])
    try {
      return execFileSync('which', [candidate], { encoding: 'utf8' }).trim() || null;
    } catch {
      // Not this one.
    }
  return null;
};

const browserPath = findChromium();
const SHOTS = join(import.meta.dirname, '../../reports/playground');

if (browserPath === null && process.env['REQUIRE_BROWSER'] !== undefined)
  throw new Error('REQUIRE_BROWSER is set, and no Chromium was found (set CHROMIUM_PATH)');

describe.skipIf(browserPath === null)('the playground, in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url = '';
  const errors: string[] = [];

  beforeAll(async () => {
    await buildPlayground({ quiet: true });
    server = await servePlayground(0);
    url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
    browser = await chromium.launch({ executablePath: browserPath ?? '', args: ['--no-sandbox'] });
    mkdirSync(SHOTS, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    server.close();
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('loads the walkthrough and draws its world', async () => {
    await page.goto(url);
    await page.locator('table.matrix').waitFor();
    await expect.poll(() => page.locator('.diagram svg').textContent()).toContain('acc-maja');
    expect(await page.locator('.diagram svg title').textContent()).toContain('who reaches what');
    await shot('01-walkthrough');
  });

  it('shows a non-primary account refused add_property, with the rule, its facts and remedies', async () => {
    await page.selectOption('#actor', 'account:acc-maja');
    const cell = page.locator('td[data-action="add_property"] button').first();
    expect(await cell.textContent()).toBe('✗ non_primary_cannot_add_property');
    // Keyboard: the refusal is a button, reached and pressed without a mouse.
    await cell.focus();
    await page.keyboard.press('Enter');
    const explained = page.locator('#explain');
    await expect.poll(() => explained.textContent()).toContain('Only the primary account can register properties');
    expect(await explained.locator('li.decided').textContent()).toContain('PA-11');
    expect(await explained.locator('li.decided a').getAttribute('href')).toBe('#rule-PA-11');
    expect(await explained.locator('pre.facts').textContent()).toContain('acc-maja');
    expect(await explained.locator('.remedies').textContent()).toContain('request_primary_account');
    await shot('02-refused-with-remedy');
  });

  it('follows the remedy into the command it names, and runs it', async () => {
    await page.locator('#explain button.follow[data-remedy="request_primary_account"]').click();
    expect(await page.locator('#command-action').inputValue()).toBe('request_primary_account');
    expect(await page.locator('#actor').inputValue()).toBe('account:acc-maja');
    await page.fill('#field-agreement', '1001');
    await page.click('#run');
    const outcome = page.locator('.outcome');
    await expect.poll(() => outcome.textContent()).toContain('agreement_has_primary');
    expect(await page.locator('ol.log li').count()).toBe(1);
    await shot('03-remedy-followed');
  });

  it('runs an accepted command, shows its events and steps back and forth through the log', async () => {
    await page.selectOption('#actor', 'account:acc-astrid');
    await page.selectOption('#command-action', 'add_property');
    await page.fill('#field-agreement', '1001');
    await page.click('#run');
    await expect.poll(() => page.locator('.outcome').textContent()).toContain('property_registered');
    await expect.poll(() => page.locator('.diagram svg').textContent()).toContain('new-property-');
    await page.click('#back');
    await expect.poll(() => page.locator('.diagram svg').textContent()).not.toContain('new-property-');
    await page.click('#forward');
    await expect.poll(() => page.locator('.diagram svg').textContent()).toContain('new-property-');
    await shot('04-events-and-log');
  });

  it("speaks Swedish when asked, in the Swedish article's terms", async () => {
    await page.selectOption('#language', 'sv');
    await page.selectOption('#actor', 'account:acc-maja');
    await page.locator('td[data-action="add_property"] button').first().click();
    const explained = page.locator('#explain');
    await expect.poll(() => explained.textContent()).toContain('Bara det primära kontot kan registrera boenden');
    const text = (await page.locator('body').textContent()) ?? '';
    for (const term of ['primärt konto', 'icke-primärt konto', 'Boenden', 'Avtal', 'Vad du kan göra i stället'])
      expect(text).toContain(term);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await shot('05-swedish');
  });

  it('shares the state as a link that opens to the same state', async () => {
    await page.click('#share');
    const shared = page.url();
    expect(shared).toContain('#');
    const other = await page.context().newPage();
    await other.goto(shared);
    await other.locator('ol.log li').first().waitFor();
    expect(await other.locator('ol.log li').count()).toBe(2);
    expect(await other.locator('#actor').inputValue()).toBe('account:acc-maja');
    expect(await other.locator('html').getAttribute('lang')).toBe('sv');
    await other.close();
  });

  it('shows what is wrong with a pasted scenario at its JSON Pointer', async () => {
    await page.selectOption('#language', 'en');
    await page.locator('details.loader summary').click();
    await page.fill(
      '#paste',
      JSON.stringify({
        title: 'x',
        world: { agreements: [{ leid: -1, status: 'active' }], properties: [], accounts: [], invitations: [] },
        steps: [],
      }),
    );
    await page.click('#load');
    const alert = page.locator('.errors');
    await expect.poll(() => alert.textContent()).toContain('/world/agreements/0/leid');
    await shot('06-malformed-scenario');
  });

  it('works offline once loaded', async () => {
    await page.goto(url);
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.reload();
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('table.matrix').waitFor();
    await page.context().setOffline(false);
  });

  it("leaves the page's console free of errors", () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(browserPath === null)('the playground, with a locale a user added', () => {
  let server: Server;
  let browser: Browser;
  const folder = mkdtempSync(join(tmpdir(), 'par-playground-'));

  beforeAll(async () => {
    // A third locale, defined as a user would (English in brackets), built into its own site.
    const module = join(folder, 'locales.ts');
    writeFileSync(
      module,
      `import { defineLocale, LOCALE_TEXTS } from 'partner-account-rules';
const wrap = (table: unknown): unknown =>
  typeof table === 'function'
    ? (...args: unknown[]) => '⟦' + String((table as (...a: unknown[]) => unknown)(...args)) + '⟧'
    : typeof table === 'string'
      ? '⟦' + table + '⟧'
      : Object.fromEntries(Object.entries(table as object).map(([key, value]) => [key, wrap(value)]));
export const EXTRA_LOCALES = [defineLocale('en-XA', wrap(LOCALE_TEXTS.en) as never)._unsafeUnwrap()];
`,
    );
    await buildPlayground({ quiet: true, locales: module, out: join(folder, 'site') });
    server = await servePlayground(0, join(folder, 'site'));
    browser = await chromium.launch({ executablePath: browserPath ?? '', args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists it by its tag and speaks it in every message', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`);
    await page.locator('table.matrix').waitFor();
    await page.selectOption('#language', 'en-xa');
    await page.selectOption('#actor', 'account:acc-maja');
    await page.locator('td[data-action="add_property"] button').first().click();
    const explained = page.locator('#explain');
    await expect.poll(() => explained.locator('p.message').textContent()).toMatch(/^⟦Only the primary account/u);
    expect(await explained.locator('.remedies').textContent()).toContain('⟦');
    expect(await page.locator('html').getAttribute('lang')).toBe('en-xa');
    await page.screenshot({ path: join(SHOTS, '07-a-locale-a-user-added.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
