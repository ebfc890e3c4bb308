import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentToBackground, sendToBackground } from '@/lib/messaging';

export default defineContentScript({
  // Never declared in the manifest: the background injects it into the one tab the person
  // invoked Tekshur on (activeTab + scripting), so no host permission is needed.
  registration: 'runtime',
  async main() {
    await sendToBackground({ type: ContentToBackground.Hello, url: location.href });
  },
});
