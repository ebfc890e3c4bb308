import { browser } from 'wxt/browser';
import type { TabCapture } from '@/components/popup/services';

function dataUrlToBlob(dataUrl: string): Blob {
  const [header = '', base64 = ''] = dataUrl.split(',', 2);
  const type = /^data:([^;,]+)/u.exec(header)?.[1] ?? 'image/png';
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/**
 * Captures what the active tab shows. The toolbar click that opened the popup granted
 * activeTab for that tab, which allows both the capture and reading its URL.
 */
export async function captureTab(): Promise<TabCapture> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const options = { format: 'png' } as const;
  const dataUrl =
    tab?.windowId === undefined
      ? await browser.tabs.captureVisibleTab(options)
      : await browser.tabs.captureVisibleTab(tab.windowId, options);
  return { blob: dataUrlToBlob(dataUrl), ...(tab?.url ? { pageUrl: tab.url } : {}) };
}
