/**
 * The browser for tests, page audits and screenshots: never loaded by the server.
 *
 * A bare machine has no browser, and Playwright cannot download one here, so the default is the
 * Chromium that `@sparticuz/chromium` ships inside its npm package (a dev dependency): `npm ci`
 * is all a new machine needs. `CHROMIUM_PATH` points at another Chromium instead.
 */

/** Flags every launch gets, whichever browser. */
const COMMON_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  // A closed network: without these, Chromium keeps trying to reach Google's hosts.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
];

/**
 * The packaged build's own flags that we leave out: `--single-process` (several browser
 * contexts — two editors at once in a test — need separate processes, and work in it), and
 * the ones that switch off the web's security model, which our tests of CSP and cookies rely on.
 * Its own headless flag is replaced by ours.
 */
const DROPPED = new Set([
  '--single-process',
  '--no-zygote',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);

export interface BrowserLaunch {
  executablePath: string;
  args: string[];
  /** Where it came from, for messages. */
  source: 'CHROMIUM_PATH' | '@sparticuz/chromium';
}

/** The executable and flags to start Chromium with (unpacks the packaged build once, ~2 s). */
export async function browserLaunch(env = process.env): Promise<BrowserLaunch> {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) return { executablePath: given, args: COMMON_ARGS, source: 'CHROMIUM_PATH' };
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  const packaged = chromium.args.filter(
    (arg) => !DROPPED.has(arg) && !arg.startsWith('--headless'),
  );
  return {
    executablePath,
    args: [...new Set([...packaged, ...COMMON_ARGS])],
    source: '@sparticuz/chromium',
  };
}
