/**
 * Lighthouse audits from tests and scripts, in the same browser the tests use (`browserLaunch`).
 * Development tooling: never loaded by the server.
 */
import { browserLaunch } from './browser.js';

export interface AuditResult {
  url: string;
  /** Scores out of 100, per category asked for. */
  scores: Record<string, number>;
  /** The weighted audits that did not pass, with what they found (to say why). */
  failures: { category: string; id: string; title: string; items: string[] }[];
}

export interface AuditOptions {
  categories?: string[];
  /** Sent with every request the audit makes (e.g. a session cookie for the Studio). */
  headers?: Record<string, string>;
}

/** Starts one browser for several audits; `close()` when done. */
export async function lighthouseRunner() {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  const browser = await browserLaunch({
    ...process.env,
    CHROMIUM_PATH: process.env.CHROME_PATH || process.env.CHROMIUM_PATH,
  });
  const chrome = await chromeLauncher.launch({
    chromePath: browser.executablePath,
    chromeFlags: browser.args,
  });
  return {
    async audit(url: string, options: AuditOptions = {}): Promise<AuditResult> {
      const categories = options.categories ?? ['accessibility'];
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        ...(options.headers && { extraHeaders: options.headers }),
      });
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories: found, audits } = result.lhr;
      const scores: Record<string, number> = {};
      const failures: AuditResult['failures'] = [];
      for (const id of categories) {
        const category = found[id]!;
        scores[id] = Math.round((category.score ?? 0) * 100);
        for (const ref of category.auditRefs) {
          const audit = audits[ref.id]!;
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            const details = audit.details as { items?: unknown[] } | undefined;
            failures.push({
              category: id,
              id: audit.id,
              title: audit.title,
              items: (details?.items ?? []).map((item) => JSON.stringify(item).slice(0, 200)),
            });
          }
        }
      }
      return { url, scores, failures };
    },
    close: () => chrome.kill(),
  };
}
