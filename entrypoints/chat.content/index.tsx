import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatches } from '../../src/adapters';
import { startPoise } from '../../src/chat/boot';

export default defineContentScript({
  // The listed platforms only; other sites are enabled by the user at runtime (optional permission).
  matches: platformMatches(),
  // Editors inside same-origin frames (Zendesk's CKEditor) get their own instance.
  allFrames: true,
  runAt: 'document_idle',
  // The panel's CSS is bundled into the script (src/chat/boot.tsx) so it also works on custom sites,
  // where no web-accessible stylesheet can be fetched.
  cssInjectionMode: 'manual',
  async main(ctx) {
    await startPoise(ctx);
  },
});
