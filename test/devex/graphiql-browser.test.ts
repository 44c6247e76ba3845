// GraphiQL and the REST docs page in a real (headless) Chromium: run the detail query, read the result, load nothing
// from the internet.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/app.js';
import { browserMissing, openBrowser, outsideRequests } from './browser.js';
import { hsToken, testSecret } from '../auth/support.js';
import type { Page } from 'playwright-core';

const missing = browserMissing();
if (missing) console.warn(`Skipping browser tests: ${missing}`);

/** The mentor detail query as a user types it (all four subgraphs). */
const detailQuery =
  `query TypedDetail { mentor(id: "mentor-010") { id fullName orgId status { status isPaused } ` +
  `certification { expiryDate daysUntilExpiry } activitySummary(period: MONTH) { totalSessions totalActivities } ` +
  `milestones { id name } reports { id status } } }`;

describe.skipIf(!!missing)('GraphiQL in headless Chromium', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('types the detail query, runs it and shows the same answer as the API, all from localhost', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/graphql`);
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(detailQuery);
    // GraphiQL re-reads the operation name from the editor after a short debounce; run only once it has.
    await page.waitForTimeout(1000);
    await page.locator('.graphiql-execute-button').click();
    const shown = await page.waitForFunction(
      () => {
        const cm = (
          document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } }
        )?.CodeMirror;
        const text = cm?.getValue() ?? '';
        return text.includes('"data"') || text.includes('"errors"') ? text : false;
      },
      undefined,
      { timeout: 30_000 },
    );
    const result = JSON.parse((await shown.jsonValue()) as string);
    await page.screenshot({ path: 'test-results/graphiql.png' });

    expect(result.errors).toBeUndefined();
    expect(result.data.mentor).toMatchObject({ id: 'mentor-010', status: { status: 'PAUSED', isPaused: true } });
    expect(result).toEqual(await t.graphql(detailQuery));
    expect(browser.requested.some((u) => u.endsWith('/graphiql/graphiql.js'))).toBe(true);
    expect(outsideRequests(browser.requested)).toEqual([]);
    await page.close();
  });

  it('renders the REST docs page from our own assets and the OpenAPI document', async () => {
    const page = await browser.context.newPage();
    const before = browser.requested.length;
    await page.goto(`${base}/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/docs.png' });
    const paths = await page.locator('.opblock-summary-path').allTextContents();
    expect(paths.map((p) => p.replace(/\u200b/g, ''))).toContain('/api/v1/mentor-statuses');
    const requested = browser.requested.slice(before);
    expect(requested.some((u) => u.endsWith('/api/v1/openapi.json'))).toBe(true);
    expect(outsideRequests(requested)).toEqual([]);
    await page.close();
  });
});

/** Replaces the text of the CodeMirror editor under `selector` with `text`. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const editor = page.locator(`${selector} .CodeMirror:visible`).first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Clicks Run and resolves with the response pane's JSON once one is shown (a different one than `before`). */
async function runAndRead(
  page: Page,
  before = '',
): Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }> {
  await page.waitForTimeout(1000); // GraphiQL re-reads the editors after a short debounce
  await page.locator('.graphiql-execute-button').click();
  const shown = await page.waitForFunction(
    (previous) => {
      const cm = (
        document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror?: { getValue(): string } }
      )?.CodeMirror;
      const text = cm?.getValue() ?? '';
      return text !== previous && (text.includes('"data"') || text.includes('"errors"')) ? text : false;
    },
    before,
    { timeout: 30_000 },
  );
  return JSON.parse((await shown.jsonValue()) as string);
}

describe.skipIf(!!missing)('GraphiQL with authentication on, a token in its Headers tab', () => {
  let t: TestApp;
  let base: string;
  let browser: Awaited<ReturnType<typeof openBrowser>>;

  beforeAll(async () => {
    t = await startTestApp(undefined, { auth: { AUTH_JWT_SECRET: testSecret } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    browser = await openBrowser();
    mkdirSync('test-results', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('answers UNAUTHENTICATED without the token, and the detail with a coordinator token in Headers', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/graphql`);
    await typeInto(page, '.graphiql-query-editor', detailQuery);
    const refused = await runAndRead(page);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const token = await hsToken({ sub: 'coordinator-007', org_id: 'org_nansen_01', roles: ['coordinator'] });
    await page.getByRole('button', { name: 'Headers' }).click();
    await typeInto(page, '.graphiql-editor-tool', JSON.stringify({ Authorization: `Bearer ${token}` }));
    const answer = await runAndRead(page, JSON.stringify(refused, null, 2));
    await page.screenshot({ path: 'test-results/graphiql-token.png' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ mentor: { id: 'mentor-010', status: { status: 'PAUSED', isPaused: true } } });
    expect(outsideRequests(browser.requested)).toEqual([]);
    await page.close();
  });
});
