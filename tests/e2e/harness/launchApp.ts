/**
 * Starts Alianza for an e2e test. With an Electron binary: the real app through Playwright's
 * `_electron`. Otherwise: the production renderer build in Chromium, with `window.alianza` bound
 * by `exposeBinding` to the real router and real services running in this process. The tests
 * are the same in both modes.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, chromium, type Browser, type Page } from 'playwright-core';
import { createRouter } from '../../../src/main/ipc/router';
import type { ChooseSavePath, PdfPrinter } from '../../../src/main/exports/exportService';
import type { ChooseFile } from '../../../src/main/journal/journalCare';
import type { Progress, ProgressTask } from '../../../src/shared/progress/progress';
import type { Services } from '../../../src/main/services';
import { createHandlers } from '../../../src/main/handlers/createHandlers';
import { createTestServices } from '../../support/services';
import { isTrustedUrl } from '../../../src/main/shell/policy';
import { apiGlobalName } from '../../../src/shared/ipc/api';
import {
  eventChannel,
  eventNames,
  ipcChannel,
  methodForChannel,
  methodNames,
  subscriptionName,
  type MethodName,
} from '../../../src/shared/ipc/names';
import { detectMode, mainBuildEntry, rendererBuildDirectory, type E2eMode } from './detect';
import { serveBuild } from './staticServer';

export interface LaunchedApp {
  page: Page;
  /**
   * Holds the first unfinished progress message of `task` that has done something, until
   * `release` (Chromium harness only), so a test can look at the bar half-way.
   */
  holdProgress?: (task: ProgressTask) => { reached: Promise<Progress>; release: () => void };
  /** The services behind the page, in the Chromium harness only (to drive the clock, lock from main, inspect files). */
  services?: Services;
  /** How many times the page has called `method` so far (Chromium harness only). */
  callsOf?: (method: MethodName) => number;
  /** What main wrote to its log so far (Chromium harness only). */
  logLines?: string[];
  mode: E2eMode['kind'];
  dataDirectory: string;
  /** Closes the app and the browser and deletes the data folder. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a data folder, to test what survives a restart. */
  dataDirectory?: string;
  systemLocale?: string;
  /** The clock auto-lock reads (Chromium harness only). */
  now?: () => number;
  /** Answers the export save dialog (Chromium harness only); without it, exporting refuses. */
  chooseSavePath?: ChooseSavePath;
  /** Answers the backup, restore and import dialogs (Chromium harness only). */
  chooseFile?: ChooseFile;
  /** Runs in the page before any of its scripts, as the preload does (Chromium harness only; benchmarks). */
  initScript?: () => void;
}

const chromiumArguments = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const invokeBindingName = '__alianzaInvoke';
const eventFunctionName = '__alianzaEvent';

/**
 * Carries the services' events into the page, as the shell's `webContents.send` carries them to
 * its window, and holds one progress task half-way when a test asks: the work waits for the
 * delivery, as it would wait for nothing in the app.
 */
function eventRelay() {
  let page: Page | undefined;
  const holds = new Map<ProgressTask, { reach: (progress: Progress) => void; released: Promise<void> }>();
  const deliver = async (channel: string, payload: unknown): Promise<void> => {
    await page
      ?.evaluate(
        ({ name, channel, payload }) =>
          (window as unknown as Record<string, (channel: string, payload: unknown) => void>)[name]?.(channel, payload),
        { name: eventFunctionName, channel, payload },
      )
      .catch(() => undefined);
    if (channel === eventChannel('progress')) await holding(payload as Progress);
  };
  const holding = async (progress: Progress): Promise<void> => {
    const hold = holds.get(progress.task);
    if (hold === undefined || progress.finished) return;
    // Past the reporter's 100 ms between messages, so the next step is sent and held half-way.
    if (progress.done === 0) return new Promise((resolve) => setTimeout(resolve, 150));
    holds.delete(progress.task);
    hold.reach(progress);
    await hold.released;
  };
  return {
    deliver,
    attach: (value: Page) => {
      page = value;
    },
    hold: (task: ProgressTask) => {
      let reach: (progress: Progress) => void = () => undefined;
      let release: () => void = () => undefined;
      const reached = new Promise<Progress>((resolve) => (reach = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(task, { reach, released });
      return { reached, release };
    },
  };
}

export const e2eMode = detectMode();

/**
 * One Chromium for every app a test file launches, when the file's setup asks for it (see
 * sharedBrowser.ts): each app still gets a context of its own, so pages share nothing, and the
 * browser is not started again for each test. Benchmarks that time a launch leave it off.
 */
let sharing = false;
let sharedBrowser: Promise<Browser> | undefined;

export function shareBrowser(): void {
  sharing = true;
}

export async function closeSharedBrowser(): Promise<void> {
  const browser = sharedBrowser;
  sharing = false;
  sharedBrowser = undefined;
  await (await browser?.catch(() => undefined))?.close();
}

async function launchBrowser(executablePath: string): Promise<{ browser: Browser; owned: boolean }> {
  if (!sharing) return { browser: await chromium.launch({ executablePath, args: chromiumArguments }), owned: true };
  sharedBrowser ??= chromium.launch({ executablePath, args: chromiumArguments });
  return { browser: await sharedBrowser, owned: false };
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (e2eMode === undefined) throw new Error('No e2e runtime: see the setup message.');
  const ownsDirectory = options.dataDirectory === undefined;
  const dataDirectory = options.dataDirectory ?? (await mkdtemp(path.join(tmpdir(), 'alianza-e2e-')));
  const systemLocale = options.systemLocale ?? 'en-US';
  const cleanUp = async () => {
    if (!ownsDirectory) return;
    await rm(dataDirectory, { recursive: true, force: true });
    await rm(`${dataDirectory}.settings`, { recursive: true, force: true });
  };
  return e2eMode.kind === 'electron'
    ? launchElectron(e2eMode.executablePath, dataDirectory, systemLocale, cleanUp)
    : launchChromium(e2eMode.executablePath, dataDirectory, systemLocale, cleanUp, options);
}

async function launchElectron(
  executablePath: string,
  dataDirectory: string,
  systemLocale: string,
  cleanUp: () => Promise<void>,
): Promise<LaunchedApp> {
  const application = await _electron.launch({
    executablePath,
    args: [mainBuildEntry, `--lang=${systemLocale}`, '--vault', dataDirectory],
  });
  const page = await application.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    mode: 'electron',
    dataDirectory,
    close: async () => {
      await application.close();
      await cleanUp();
    },
  };
}

async function launchChromium(
  executablePath: string,
  dataDirectory: string,
  systemLocale: string,
  cleanUp: () => Promise<void>,
  {
    now,
    chooseSavePath,
    chooseFile,
    initScript,
  }: Pick<LaunchOptions, 'now' | 'chooseSavePath' | 'chooseFile' | 'initScript'>,
): Promise<LaunchedApp> {
  const server = await serveBuild(rendererBuildDirectory);
  // Launched first: the services' PDF printer uses it.
  const { browser, owned } = await launchBrowser(executablePath);
  const relay = eventRelay();
  // Settings beside the journal folder, as the app keeps them, so the folder holds only the journal.
  const settingsDirectory = `${dataDirectory}.settings`;
  await mkdir(settingsDirectory, { recursive: true });
  const logLines: string[] = [];
  const services = createTestServices({
    settingsDirectory,
    vaultDirectory: dataDirectory,
    systemLocale,
    ...(now === undefined ? {} : { now }),
    ...(chooseSavePath === undefined ? {} : { chooseSavePath }),
    ...(chooseFile === undefined ? {} : { chooseFile }),
    printPdf: pdfPrinter(browser),
    deliverEvent: relay.deliver,
    reportInvalidEvent: (event, error) => console.error(`[ipc] event ${event} refused`, error),
    log: (line) => logLines.push(line),
  });
  const router = createRouter({
    handlers: createHandlers(services),
    isTrustedSender: (url) => isTrustedUrl(url, [server.origin]),
    reportUnexpected: (method, error) => console.error(`[ipc] ${method} failed`, error),
  });
  const context = await browser.newContext({ locale: systemLocale, viewport: { width: 1280, height: 820 } });
  // Payloads cross as JSON text: Playwright's own serialization of large objects is far slower
  // than Electron's structured clone, and would make the harness measure itself.
  const calls = new Map<MethodName, number>();
  await context.exposeBinding(invokeBindingName, async ({ frame }, channel: string, payload: string | undefined) => {
    const method = methodForChannel(channel);
    if (method !== undefined) calls.set(method, (calls.get(method) ?? 0) + 1);
    return JSON.stringify(
      await router.dispatch(channel, payload === undefined ? undefined : (JSON.parse(payload) as unknown), {
        url: frame.url(),
      }),
    );
  });
  // The same shape the preload exposes, from the same names: one function per method, one subscription per event.
  await context.addInitScript(
    ({ methods, subscriptions, globalName, bindingName, eventName }) => {
      const invoke = (window as unknown as Record<string, (channel: string, payload?: string) => Promise<string>>)[
        bindingName
      ];
      const api: Record<string, unknown> = {};
      for (const [method, channel] of methods) {
        api[method] = async (request?: unknown) =>
          JSON.parse(await invoke!(channel, request === undefined ? undefined : JSON.stringify(request))) as unknown;
      }
      // Main's unasked messages: the harness calls `eventName` in the page, as the preload's `ipcRenderer.on` would.
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      for (const [subscription, channel] of subscriptions) {
        const forChannel = new Set<(payload: unknown) => void>();
        listeners.set(channel, forChannel);
        api[subscription] = (listener: (payload: unknown) => void) => {
          forChannel.add(listener);
          return () => forChannel.delete(listener);
        };
      }
      // Assigned to a member, never to a name or a key: a compiler that keeps function names (the
      // benchmarks run through tsx) would wrap a named one in a helper the page does not have.
      (window as unknown as Record<string, (channel: string, payload: unknown) => void>)[eventName] = (
        channel: string,
        payload: unknown,
      ) => listeners.get(channel)?.forEach((listener) => listener(payload));
      Object.defineProperty(window, globalName, { value: Object.freeze(api), enumerable: true });
    },
    {
      methods: methodNames.map((method) => [method, ipcChannel(method)] as const),
      subscriptions: eventNames.map((event) => [subscriptionName(event), eventChannel(event)] as const),
      globalName: apiGlobalName,
      bindingName: invokeBindingName,
      eventName: eventFunctionName,
    },
  );
  if (initScript !== undefined) await context.addInitScript(initScript);
  const page = await context.newPage();
  relay.attach(page);
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    mode: 'chromium',
    dataDirectory,
    services,
    callsOf: (method) => calls.get(method) ?? 0,
    logLines,
    holdProgress: relay.hold,
    close: async () => {
      await services.shutdown();
      await (owned ? browser.close() : context.close());
      await server.close();
      await cleanUp();
    },
  };
}

/**
 * The harness's stand-in for the shell's hidden print window: `page.pdf` in a context of its
 * own with scripts off, so the page never sees the app's bridge (bound to the app's context).
 */
function pdfPrinter(browser: Browser): PdfPrinter {
  return async (html) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    } finally {
      await context.close();
    }
  };
}
