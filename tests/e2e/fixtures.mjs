// Shared fixtures for Almanac's end-to-end tests. In a spec:
//   import { test, expect } from './fixtures.mjs';
//
// Every test automatically fails if, in its browser context, any page
//   - logs a console error or throws an uncaught error,
//   - makes a request to an origin other than the app's own (baseURL's origin),
//   - gets a 404 response.
// A test that deliberately provokes a console error can allow it with
//   test.use({ allowedConsoleErrors: [/expected message/] });
// and a test that serves a page from a second origin of its own allows it with
//   test.use({ allowedOrigins: [/^http:\/\/localhost:\d+$/] });
//
// `checkA11y(page, label)` runs axe-core (WCAG 2.0/2.1 A+AA and 2.2 AA rules) on the
// page as it is now and fails on any violation, printing id, help and target nodes.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Schemes that are not network requests to some origin.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'chrome-extension:', 'devtools:']);

export const test = base.extend({
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],

  appGuard: [
    async ({ context, baseURL, allowedConsoleErrors, allowedOrigins }, use) => {
      const appOrigin = new URL(baseURL).origin;
      const problems = [];

      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const loc = msg.location();
        const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
        problems.push(`console error: ${text}${where}`);
      });
      context.on('weberror', (webError) => {
        const err = webError.error();
        problems.push(`page error: ${err.stack || err.message || String(err)}`);
      });
      context.on('request', (request) => {
        let url;
        try {
          url = new URL(request.url());
        } catch {
          return;
        }
        if (LOCAL_SCHEMES.has(url.protocol)) return;
        if (url.origin !== appOrigin && !allowedOrigins.some((re) => re.test(url.origin))) {
          problems.push(`request to another origin: ${request.method()} ${request.url()}`);
        }
      });
      context.on('response', (response) => {
        if (response.status() === 404) {
          problems.push(`404: ${response.request().method()} ${response.url()}`);
        }
      });

      await use();

      expect(
        problems,
        `console errors, page errors, requests to other origins or 404s:\n  ${problems.join('\n  ')}`,
      ).toEqual([]);
    },
    { auto: true },
  ],

  checkA11y: async ({}, use, testInfo) => {
    await use(async (page, label = page.url()) => {
      const results = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
      const violations = results.violations;
      if (violations.length > 0) {
        const report = violations
          .map((v) => {
            const nodes = v.nodes
              .map((n) => `    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(', ')}` +
                (n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''))
              .join('\n');
            return `  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
          })
          .join('\n');
        const message = `axe: ${violations.length} accessibility violation(s) on "${label}":\n${report}`;
        console.log(message);
        await testInfo.attach(`axe-violations-${label}`.replace(/[^\w.-]+/g, '_'), {
          body: JSON.stringify(violations, null, 2),
          contentType: 'application/json',
        });
        expect(violations.length, message).toBe(0);
      }
      return results;
    });
  },
});

export { expect };
