import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformMatches } from '../../src/adapters';
import { startPoise } from '../../src/chat/boot';
import '../../src/ui/panel.css';

export default defineContentScript({
  // The listed platforms only; other sites are enabled by the user at runtime (optional permission).
  matches: platformMatches(),
  // Editors inside same-origin frames (Zendesk's CKEditor) get their own instance.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    await startPoise(ctx);
  },
});
