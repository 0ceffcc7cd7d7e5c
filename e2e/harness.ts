import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { contract, EVENT_NAMES } from '../src/shared/contract';
import { createBridge } from '../src/shared/bridge';
import { createCore, type Core } from '../src/main/core';
import { restoreDatabase } from '../src/main/core/backups/restore';

// The E2E harness: the built renderer (out/renderer) in Debian Chromium, talking to the real core on
// a temp SQLite file through a window.palabra made by the same createBridge the preload uses, bound
// to dispatch with exposeBinding.

export const ORIGIN = 'https://palabra.test';
// PALABRA_OUT lets several builds live side by side (default: out/, where `npm run build` writes).
// `electron-vite build --outDir X` puts the renderer under its root (src/renderer/X/renderer).
const OUT = process.env.PALABRA_OUT ?? 'out';
const RENDERER = [path.resolve(__dirname, '..', OUT, 'renderer'), path.resolve(__dirname, '../src/renderer', OUT, 'renderer')].find((d) =>
  fs.existsSync(path.join(d, 'index.html')),
) ?? path.resolve(__dirname, '..', OUT, 'renderer');
export const ARTIFACTS = path.resolve(__dirname, '.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

export type Lang = 'en' | 'fr' | 'es';

export interface App {
  /** The running core; after a restore, the new one on the restored file. */
  readonly core: Core;
  /** Settles when the restart asked by the last `backups.restore` is done (pages reloaded). */
  restarted(): Promise<void>;
  page: Page;
  context: BrowserContext;
  dir: string;
  /** Opens another page on the same core (e.g. a projector view). */
  newPage(hash?: string): Promise<Page>;
  /**
   * The projector pages the app asked for through `live.projector` (the shell's second window: here
   * a second page on the same core at #/projector/<id>), resolved once loaded.
   */
  projector(): Promise<Page>;
  /** Saves a screenshot of the whole screen (main area unrolled) to e2e/.artifacts/<name>.png. */
  screenshot(name: string, page?: Page): Promise<string>;
  /** axe-core's WCAG 2 A/AA violations on the page as it is now (id, impact, nodes). */
  axe(page?: Page): Promise<AxeViolation[]>;
  /** Rows of a table, straight from SQLite. */
  sql<T = Record<string, unknown>>(query: string, ...args: unknown[]): T[];
  close(): Promise<void>;
}

// One browser per language: Chromium's locale, as the Electron shell sets it from the settings
// (`--lang`), decides how native date and time inputs read, and it is per browser process. Headless
// Chromium on Linux takes it from the environment, with Debian's chromium-l10n installed (.ci/run).
const browsers = new Map<string, Promise<Browser>>();
const POSIX_LOCALE: Record<Lang, string> = { en: 'en_US.UTF-8', fr: 'fr_FR.UTF-8', es: 'es_ES.UTF-8' };

async function getBrowser(lang: Lang = 'en'): Promise<Browser> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  if (!browsers.has(lang)) {
    const env = { ...process.env, LANGUAGE: lang, LANG: POSIX_LOCALE[lang] };
    browsers.set(lang, chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, `--lang=${lang}`], env }));
  }
  return browsers.get(lang)!;
}

export async function closeBrowser(): Promise<void> {
  const all = [...browsers.values()];
  browsers.clear();
  for (const b of all) await (await b).close();
}

/**
 * Starts the app in `lang` on a fresh database (or `dbFile`). The language is stored in settings
 * before the first page loads, as a user's choice would be.
 */
export async function launchApp(opts: { lang?: Lang; dbFile?: string; onboarded?: boolean; hash?: string } = {}): Promise<App> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palabra-e2e-'));
  const pages = new Set<Page>();
  const projectors = new Map<string, Promise<Page>>();
  let lastProjector: Promise<Page> | undefined;
  let restart: Promise<void> = Promise.resolve();
  const makeCore = (file: string): Core =>
    createCore(file, {
    version: 'e2e',
    // As the Electron shell does: one projector window per meeting, reused when asked again.
    shell: {
      openProjector: (meetingId) => {
        const existing = projectors.get(meetingId);
        if (existing) {
          lastProjector = existing;
          return true;
        }
        lastProjector = open(`#/projector/${meetingId}`);
        projectors.set(meetingId, lastProjector);
        return true;
      },
      // As the Electron shell does, at a safe point after the call returned: back up, swap, reopen;
      // then the pages load again (Electron relaunches instead).
      restoreAndRestart: (backupFile) => {
        restart = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
          try {
            core = restoreDatabase(core, backupFile, makeCore).core;
          } catch (e) {
            console.error('[restore] failed', e);
            if (!core.ctx.db.open) core = makeCore(core.file);
          }
          await Promise.all([...pages].map((p) => p.reload()));
        });
        return true;
      },
    },
    emit: (event, payload) => {
      for (const p of pages) void p.evaluate(([e, pl]) => window.__palabraEmit?.(e, pl), [event, payload] as const).catch(() => {});
    },
  });
  let core = makeCore(opts.dbFile ?? path.join(dir, 'palabra.db'));
  if (opts.lang) core.dispatch('settings.update', { language: opts.lang });
  if (opts.onboarded) core.dispatch('settings.update', { onboarded: true });

  const b = await getBrowser(opts.lang);
  const context = await b.newContext({ locale: opts.lang ?? 'en', viewport: { width: 1280, height: 820 } });
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(RENDERER, rel);
    if (!file.startsWith(RENDERER) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    await route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  await context.exposeBinding('__palabraInvoke', (_source, channel: string, input: unknown) => core.dispatch(channel, input));
  const channels = Object.keys(contract);
  await context.addInitScript({
    content: `(() => {
      const listeners = new Map();
      window.__palabraEmit = (event, payload) => { for (const l of listeners.get(event) ?? []) l(payload); };
      const subscribe = (event, listener) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return () => listeners.get(event).delete(listener);
      };
      const createBridge = ${createBridge.toString()};
      window.palabra = createBridge(${JSON.stringify(channels)}, ${JSON.stringify(EVENT_NAMES)}, (c, i) => window.__palabraInvoke(c, i), subscribe);
    })();`,
  });

  const open = async (hash = opts.hash ?? '') => {
    const p = await context.newPage();
    pages.add(p);
    p.on('close', () => pages.delete(p));
    p.on('pageerror', (e) => console.error('[page error]', e.message));
    await p.goto(`${ORIGIN}/index.html${hash}`);
    return p;
  };
  const page = await open();

  return {
    get core() {
      return core;
    },
    restarted: () => restart,
    page,
    context,
    dir,
    newPage: open,
    projector: async () => {
      if (!lastProjector) throw new Error('No projector was opened: call live.projector first');
      return lastProjector;
    },
    async screenshot(name, p = page) {
      // The app scrolls inside its main area: grow the window to the content so the picture is whole.
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `${name}.png`);
      const size = p.viewportSize() ?? { width: 1280, height: 820 };
      const height = await p.evaluate(() => {
        const main = document.querySelector('.app-main');
        const header = document.querySelector('.app-header');
        return main && header ? Math.ceil(main.scrollHeight + header.getBoundingClientRect().height) : 0;
      });
      if (height > size.height) await p.setViewportSize({ width: size.width, height });
      await p.screenshot({ path: file, fullPage: true });
      if (height > size.height) await p.setViewportSize(size);
      return file;
    },
    axe: (p = page) => runAxe(p),
    sql: (query, ...args) => core.ctx.db.prepare(query).all(...args) as never,
    async close() {
      await context.close();
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (evaluate is not subject to the page's CSP). */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

declare global {
  interface Window {
    __palabraEmit?: (event: string, payload: unknown) => void;
    __palabraInvoke?: (channel: string, input: unknown) => Promise<unknown>;
  }
}
