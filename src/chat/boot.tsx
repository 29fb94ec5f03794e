/**
 * Content-script wiring: pick the adapter, load settings and the phrasebook, mount the panel in an
 * open shadow root next to the reply box, start the controller, answer the popup and keyboard
 * commands. Everything runs inside try/catch: Poise failing never breaks the page.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { adapterFor } from '../adapters';
import type { ChatAdapter } from '../adapters/schema';
import { adapterFromCustomSite } from '../adapters/custom';
import { ChatController } from './controller';
import type { PanelSnapshot } from './session-state';
import { builtinPhrasebook } from '../phrasebook/builtin';
import { mergePhrasebook } from '../phrasebook/merge';
import type { Phrasebook } from '../phrasebook/select';
import { settingsItem, userPhrasebookItem, customSitesItem } from '../settings/items';
import { DEFAULT_SETTINGS, EMPTY_USER_PHRASEBOOK, settingsSchema, userPhrasebookSchema, type Settings, type UserPhrasebook } from '../settings/schema';
import { createI18n, resolveUiLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../classifier/types';
import { Panel } from '../ui/Panel';
import { handleMessages } from '../messaging/protocol';
import { matchPattern } from '../adapters';
import { findReplyBox, incomingMessages, findLog } from './extract';
import { anchorNear, measureInNextFrame } from './anchor';
import { timed } from './perf';
import { warmUpSteps } from '../classifier/data';
import panelCss from '../ui/panel.css?inline';

export async function startPoise(ctx: ContentScriptContext): Promise<void> {
  try {
    await boot(ctx);
  } catch (e) {
    console.warn('[Poise] could not start on this page', e);
  }
}

async function boot(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  let settings: Settings = DEFAULT_SETTINGS;
  let user: UserPhrasebook = EMPTY_USER_PHRASEBOOK;
  let customSelectors: ChatAdapter | null = null;
  try {
    const [storedSettings, storedUser] = await Promise.all([settingsItem.getValue(), userPhrasebookItem.getValue()]);
    // Stored data is checked at the edge; anything unreadable is left in storage untouched and ignored here.
    settings = settingsSchema.safeParse(storedSettings).data ?? DEFAULT_SETTINGS;
    user = userPhrasebookSchema.safeParse(storedUser).data ?? EMPTY_USER_PHRASEBOOK;
    const sites = await customSitesItem.getValue();
    const site = sites.find((s) => matchPattern(s.pattern, location.href));
    if (site) customSelectors = adapterFromCustomSite(site);
  } catch (e) {
    console.warn('[Poise] settings unavailable, using defaults', e);
  }
  const detected = customSelectors ?? adapterFor(location.href, doc);
  // Pages without an adapter may declare their context: <meta name="poise:context" content="cam">.
  const declared = doc.querySelector('meta[name="poise:context"]')?.getAttribute('content') as ChatAdapter['context'] | null | undefined;
  const adapter = (detected.id === 'generic' || detected.id === 'custom') && (declared === 'cam' || declared === 'support') ? { ...detected, context: declared } : detected;
  let phrasebook: Phrasebook = mergePhrasebook(builtinPhrasebook(), user);
  const unwatchSettings = settingsItem.watch((v) => (settings = settingsSchema.safeParse(v).data ?? DEFAULT_SETTINGS));
  const unwatchUser = userPhrasebookItem.watch((v) => {
    user = userPhrasebookSchema.safeParse(v).data ?? EMPTY_USER_PHRASEBOOK;
    phrasebook = mergePhrasebook(builtinPhrasebook(), user);
  });
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchUser();
  });

  const browserLanguage = browser.i18n.getUILanguage();
  const uiLang = () => resolveUiLanguage(settings.uiLanguage === 'auto' ? browserLanguage : settings.uiLanguage);
  const agentLang = (): Language => {
    const l = settings.uiLanguage === 'auto' ? browserLanguage.split('-')[0]! : settings.uiLanguage;
    return (LANGUAGES as readonly string[]).includes(l) ? (l as Language) : 'en';
  };
  let i18n = createI18n(uiLang());

  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());

  let open = true;
  let status: 'idle' | 'inserted' | 'failed' = 'idle';
  let host: HTMLElement | null = null;
  let frame: HTMLElement | null = null;
  let lastAnchored = -Infinity;
  let measuring = false;

  const ui = await createShadowRootUi(ctx, {
    name: 'poise-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    css: panelCss,
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container, _shadow, shadowHost) {
      host = shadowHost;
      // The host keeps WXT's `all: initial !important` reset (it wins over any outside style), so the
      // container inside the shadow root is what gets positioned.
      frame = container;
      container.style.setProperty('position', 'fixed');
      container.style.setProperty('z-index', '2147483646');
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });

  const controller = new ChatController({
    doc,
    adapter,
    signal: abort.signal,
    settings: () => ({ context: settings.context, threshold: settings.threshold, agentLang: agentLang(), agentName: settings.agentName, extraCues: user.keywords }),
    phrasebook: () => phrasebook,
    isOwnUi: (t) => t === host || (host !== null && t instanceof Node && host.contains(t)),
    onSnapshot: () => {
      open = true;
      status = 'idle';
      scheduleDraw();
    },
  });

  // A busy chat can deliver a message every frame: re-render the panel at most every 50 ms.
  let lastDraw = -Infinity;
  let drawTimer: ReturnType<typeof setTimeout> | null = null;
  const scheduleDraw = () => {
    if (drawTimer !== null) return;
    const wait = Math.max(0, lastDraw + 50 - performance.now());
    if (wait === 0) return draw(controller.snapshot);
    drawTimer = setTimeout(() => {
      drawTimer = null;
      draw(controller.snapshot);
    }, wait);
  };
  ctx.onInvalidated(() => drawTimer !== null && clearTimeout(drawTimer));

  const draw = (snapshot: PanelSnapshot | null) => timed('draw', () => drawNow(snapshot));
  const drawNow = (snapshot: PanelSnapshot | null) => {
    lastDraw = performance.now();
    try {
      const container = ui.uiContainer;
      if (!settings.panelEnabled || !snapshot) {
        render(null, container);
        frame?.style.setProperty('display', 'none');
        return;
      }
      frame?.style.removeProperty('display');
      if (uiLang() !== i18n.language) i18n = createI18n(uiLang());
      render(
        <Panel
          snapshot={snapshot}
          open={open}
          t={i18n.t.bind(i18n)}
          uiLang={i18n.language}
          status={status}
          searchEntries={() => phrasebook.entries}
          onInsert={(s) => {
            status = controller.insert(s.text, s.cursor) ? 'inserted' : 'failed';
            draw(controller.snapshot);
          }}
          onDismiss={() => {
            open = false;
            draw(controller.snapshot);
          }}
          onToggle={() => {
            open = !open;
            draw(controller.snapshot);
          }}
        />,
        container,
      );
      // Follow the reply box at most once a second while messages arrive (scroll and resize
      // re-anchor in their next frame).
      const now = performance.now();
      if (now - lastAnchored > 1000) {
        lastAnchored = now;
        reposition();
      }
    } catch (e) {
      console.warn('[Poise] panel render failed', e);
    }
  };

  ui.mount();
  controller.start();
  // Load the classifier's data and build its per-language indexes while the page is idle, in
  // slices that stop when the idle period runs out, so no task of Poise's gets long and the first
  // client message does not pay for them.
  const warmUp = warmUpSteps(['en', agentLang(), ...LANGUAGES]);
  const warmNext = (deadline?: IdleDeadline) => {
    if (ctx.isInvalid) return;
    const started = performance.now();
    const timeUp = () => (deadline ? deadline.timeRemaining() < 3 : performance.now() - started > 8);
    let done = false;
    try {
      timed('warm-up', () => {
        do done = warmUp.next().done === true;
        while (!done && !timeUp());
      });
    } catch (e) {
      console.warn('[Poise] warm-up failed', e);
      return;
    }
    if (!done) idle(warmNext);
  };
  const idle = (fn: (deadline?: IdleDeadline) => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 5000 }) : ctx.setTimeout(fn, 200));
  idle(warmNext);
  // Keep the panel next to the reply box as the page scrolls or resizes: measured with the page's
  // next layout (never forcing one), at most one measurement in flight.
  function reposition() {
    const box = controller.replyBox();
    if (!frame || measuring) return;
    if (!box) return anchorNear(frame, null, doc);
    measuring = true;
    measureInNextFrame(box, (rect) => {
      measuring = false;
      timed('anchor', () => frame && anchorNear(frame, box, doc, rect));
    });
  }
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  // Only the viewport's own scrolling moves a fixed panel's anchor; a chat log scrolling inside the page
  // (every new message) does not, and the once-a-second re-anchor covers the rest.
  ctx.addEventListener(window, 'scroll', reposition, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => controller.retarget());

  const removeHandlers = handleMessages({
    getPanelSnapshot: () => controller.snapshot,
    insertReply: ({ text, cursor }) => ({ ok: controller.insert(text, cursor) }),
    insertSuggestion: ({ index }) => ({ ok: controller.insertSuggestion(index) }),
    togglePanel: () => {
      open = !open;
      draw(controller.snapshot);
      return { open };
    },
    testSelectors: ({ selectors }) => {
      try {
        const a = adapterFromCustomSite({ pattern: `${location.origin}/*`, context: 'support', selectors: selectors as Record<string, string[]> });
        return { ok: true, log: findLog(doc, a) !== null, replyBox: findReplyBox(doc, a) !== null, incoming: incomingMessages(doc, a, window).length };
      } catch (e) {
        return { ok: false, log: false, replyBox: false, incoming: 0, error: (e as Error).message };
      }
    },
  });
  ctx.onInvalidated(removeHandlers);
}
