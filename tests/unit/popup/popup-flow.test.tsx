// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PopupScreen, type PopupServices } from '@/components/PopupScreen';
import type { ImageReading, ReadImageOptions } from '@/components/popup/services';
import { analyze } from '@/lib/analyzer';
import { StorageFullError } from '@/lib/db/errors';
import { activateLanguage } from '@/lib/i18n';
import { mount, settle, type } from './mount';

// The analyzer compiles its rules on first use, slowly on a busy machine: once, up front.
beforeAll(() => void analyze('passport 护照 паспорт پاسپورت'), 60_000);

const CHINESE = '请把你的护照复印件发给我';

afterEach(async () => {
  document.body.innerHTML = '';
  await activateLanguage('en');
});

function services(extra: Partial<PopupServices> = {}): PopupServices & { analyze: ReturnType<typeof vi.fn> } {
  return { analyze: vi.fn(async (text: string) => analyze(text)), ...extra } as never;
}

/** A readImage whose progress and result the test drives. */
function controlledReader() {
  let options: ReadImageOptions | undefined;
  let finish: (reading: ImageReading) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const readImage = vi.fn(
    (_blob: Blob, given: ReadImageOptions) =>
      new Promise<ImageReading>((resolve, reject) => {
        options = given;
        finish = resolve;
        fail = reject;
      }),
  );
  return {
    readImage,
    options: () => options!,
    finish: (r: ImageReading) => finish(r),
    fail: (e: unknown) => fail(e),
  };
}

const reading: ImageReading = {
  text: CHINESE,
  confidence: 91,
  width: 200,
  height: 40,
  langs: ['eng', 'chi_sim', 'uig'],
  words: [
    { text: '请把你的', confidence: 90, bbox: { x0: 0, y0: 0, x1: 80, y1: 40 } },
    { text: '护照复印件', confidence: 92, bbox: { x0: 80, y0: 0, x1: 180, y1: 40 } },
    { text: '发给我', confidence: 88, bbox: { x0: 180, y0: 0, x1: 200, y1: 40 } },
  ],
};

const q = <T extends Element = HTMLElement>(root: HTMLElement, testId: string) =>
  root.querySelector<T>(`[data-testid="${testId}"]`);

async function chooseFile(root: HTMLElement, file: File) {
  const input = q<HTMLInputElement>(root, 'image-input')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('PopupScreen: text', () => {
  it('checks text after a pause in typing, once, and shows the verdict', async () => {
    const wired = services();
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={wired} />);
    const input = q<HTMLTextAreaElement>(root, 'check-input')!;
    await type(input, '请把');
    await type(input, CHINESE);
    expect(q(root, 'verdict')?.dataset.risk).toBe('unchecked');
    await settle(300);
    expect(wired.analyze).toHaveBeenCalledOnce();
    expect(q(root, 'verdict')?.dataset.risk).toBe('high');
    expect(root.querySelector('[data-tactic-id="identity-document-request"] mark')?.textContent).toBe(
      '护照复印件发给我',
    );
  });

  it('"Check" checks at once and takes the keyboard to the result', async () => {
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services()} />);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Check');
    expect(button.disabled).toBe(true);
    await type(q<HTMLTextAreaElement>(root, 'check-input')!, 'Send me a photo of your passport');
    expect(button.disabled).toBe(false);
    await act(async () => {
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(q(root, 'verdict')?.dataset.risk).toBe('high');
    expect(document.activeElement?.id).toBe(q(root, 'verdict')?.getAttribute('aria-labelledby'));
  });

  it('hides the controls of services that are not wired', async () => {
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services()} />);
    expect(q(root, 'check-tab')).toBeNull();
    await type(q<HTMLTextAreaElement>(root, 'check-input')!, 'hello');
    await settle(300);
    expect(q(root, 'save-flag')).toBeNull();
  });
});

describe('PopupScreen: images', () => {
  it('shows progress while reading, then puts the text in the box and outlines the evidence', async () => {
    const reader = controlledReader();
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ readImage: reader.readImage })} />,
    );
    await chooseFile(root, new File([new Uint8Array([1, 2, 3])], 'chat.png', { type: 'image/png' }));
    expect(reader.readImage).toHaveBeenCalledOnce();
    expect(q(root, 'ocr-progress')).not.toBeNull();
    await act(() => {
      reader.options().onAccepted({ width: 200, height: 40 });
      reader.options().onProgress({ stage: 'recognizing', progress: 0.5 });
    });
    expect(Number(q<HTMLProgressElement>(root, 'ocr-progress')?.getAttribute('value'))).toBeCloseTo(0.65);
    expect(root.textContent).toContain('Reading the image on this device');
    await act(async () => {
      reader.finish(reading);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(q(root, 'ocr-progress')).toBeNull();
    expect(q<HTMLTextAreaElement>(root, 'check-input')?.value).toBe(CHINESE);
    await settle(300);
    expect(q(root, 'verdict')?.dataset.risk).toBe('high');
    expect(root.querySelectorAll('[data-testid="evidence-box"]')).toHaveLength(2);
    expect(root.textContent).toContain('Correct any mistakes');
  });

  it('refuses an image the guard rejects, says why, and never shows it', async () => {
    const reader = controlledReader();
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ readImage: reader.readImage })} />,
    );
    await chooseFile(root, new File(['GIF89a'], 'a.gif', { type: 'image/gif' }));
    await act(async () => {
      reader.fail({
        code: 'unsupported-format',
        message: 'GIF files are not read; save the screenshot as PNG or JPEG.',
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(q(root, 'image-error')?.textContent).toBe(
      'GIF files are not read; save the screenshot as PNG or JPEG.',
    );
    expect(root.querySelector('img')).toBeNull();
  });

  it('gives the refusal in the interface language', async () => {
    await activateLanguage('ug');
    const reader = controlledReader();
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ readImage: reader.readImage })} />,
    );
    await chooseFile(root, new File(['x'], 'big.png', { type: 'image/png' }));
    await act(async () => {
      reader.fail({ code: 'too-many-pixels', message: 'The image is 9000×9000' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(q(root, 'image-error')?.textContent).toBe(
      'رەسىم بەك چوڭ: 40 مېگاپىكسېلدىن چوڭ رەسىملەر ئوقۇلمايدۇ.',
    );
  });

  it('takes an image pasted anywhere in the popup, but lets text pasted into the box be text', async () => {
    const reader = controlledReader();
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ readImage: reader.readImage })} />,
    );
    const file = new File([new Uint8Array([1])], 'image.png', { type: 'image/png' });
    const paste = (target: EventTarget, types: string[]) => {
      const event = new Event('paste', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: { files: [file], types } });
      target.dispatchEvent(event);
      return event;
    };
    await act(() => {
      paste(q(root, 'check-input')!, ['text/plain', 'Files']);
    });
    expect(reader.readImage).not.toHaveBeenCalled();
    let event: Event | undefined;
    await act(() => {
      event = paste(root.querySelector('h1')!, ['Files']);
    });
    expect(reader.readImage).toHaveBeenCalledOnce();
    expect(event?.defaultPrevented).toBe(true);
  });
});

describe('PopupScreen: dropping a file', () => {
  it('reads a screenshot dropped anywhere on the popup', async () => {
    // happy-dom lacks the ondrag* handler properties by which Preact picks lower-case event
    // names (browsers have them); without these Preact would listen for "DragOver".
    for (const name of ['ondragover', 'ondragleave', 'ondrop']) {
      if (!(name in HTMLElement.prototype)) {
        Object.defineProperty(HTMLElement.prototype, name, {
          value: null,
          writable: true,
          configurable: true,
        });
      }
    }
    const reader = controlledReader();
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ readImage: reader.readImage })} />,
    );
    const file = new File([new Uint8Array([1])], 'drop.png', { type: 'image/png' });
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
      root.querySelector('h1')!.dispatchEvent(event);
      return event;
    };
    await act(() => {
      drag('dragover');
    });
    expect(root.textContent).toContain('Drop the screenshot here to check it');
    let drop: Event | undefined;
    await act(() => {
      drop = drag('drop');
    });
    expect(drop?.defaultPrevented).toBe(true);
    expect(reader.readImage.mock.calls[0]?.[0]).toBe(file);
    expect(root.textContent).toContain('Image: drop.png');
  });
});

describe('PopupScreen: saving', () => {
  it('saves the text, its analysis and the context the person added', async () => {
    const save = vi.fn(async () => {});
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services({ save })} />);
    await type(q<HTMLTextAreaElement>(root, 'check-input')!, CHINESE);
    await settle(300);
    await type(root.querySelector<HTMLSelectElement>('#save-channel')!, 'wechat');
    await type(root.querySelector<HTMLInputElement>('#save-senderPhone')!, '+86 138 0000 0000');
    await type(root.querySelector<HTMLInputElement>('#save-receivedAt')!, '2026-11-20');
    await type(root.querySelector<HTMLTextAreaElement>('#save-note')!, ' said he was from the police ');
    await act(async () => {
      q<HTMLButtonElement>(root, 'save-flag')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(save).toHaveBeenCalledOnce();
    expect(save.mock.calls[0]).toMatchObject([
      {
        source: 'paste',
        text: CHINESE,
        status: 'new',
        channel: 'wechat',
        sender: { phone: '+86 138 0000 0000', account: undefined },
        receivedAt: '2026-11-20',
        notes: 'said he was from the police',
        analysis: { risk: 'high' },
      },
    ]);
    expect(q(root, 'save-status')?.textContent).toBe(
      'Saved on this device. You will find it in the dashboard.',
    );
    expect(q<HTMLButtonElement>(root, 'save-flag')?.disabled).toBe(true);
  });

  it('keeps a false alarm in one click', async () => {
    const save = vi.fn(async () => {});
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services({ save })} />);
    await type(q<HTMLTextAreaElement>(root, 'check-input')!, 'My passport appointment is on Tuesday');
    await settle(300);
    await act(async () => {
      q<HTMLButtonElement>(root, 'false-alarm')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(save.mock.calls[0]).toMatchObject([{ status: 'false-alarm' }]);
    expect(q(root, 'save-status')?.textContent).toContain('false alarm');
  });

  it('says plainly when the device is full', async () => {
    const save = vi.fn(async () => {
      throw new StorageFullError();
    });
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services({ save })} />);
    await type(q<HTMLTextAreaElement>(root, 'check-input')!, CHINESE);
    await settle(300);
    await act(async () => {
      q<HTMLButtonElement>(root, 'save-flag')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(q(root, 'save-error')?.textContent).toContain('There is no room left');
    expect(q<HTMLButtonElement>(root, 'save-flag')?.disabled).toBe(false);
  });

  it('saves a tab capture with its image, OCR text and page URL', async () => {
    const save = vi.fn(async () => {});
    const blob = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    const readImage = vi.fn(async (_blob: Blob, options: ReadImageOptions) => {
      options.onAccepted({ width: 200, height: 40 });
      return reading;
    });
    const captureTab = vi.fn(async () => ({ blob, pageUrl: 'https://web.wechat.com/chat' }));
    const root = await mount(
      <PopupScreen onOpenDashboard={() => {}} services={services({ save, readImage, captureTab })} />,
    );
    await act(async () => {
      q<HTMLButtonElement>(root, 'check-tab')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await settle(300);
    expect(readImage.mock.calls[0]?.[0]).toBe(blob);
    await act(async () => {
      q<HTMLButtonElement>(root, 'save-flag')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(save.mock.calls[0]).toMatchObject([
      {
        source: 'tab-capture',
        pageUrl: 'https://web.wechat.com/chat',
        text: CHINESE,
        images: [{ blob, width: 200, height: 40, words: reading.words }],
        ocr: { text: CHINESE, confidence: 91, langs: ['eng', 'chi_sim', 'uig'] },
      },
    ]);
  });

  it('says so when the tab cannot be captured', async () => {
    const captureTab = vi.fn(async () => {
      throw new Error('Missing activeTab permission');
    });
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} services={services({ captureTab })} />);
    await act(async () => {
      q<HTMLButtonElement>(root, 'check-tab')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('This tab cannot be captured');
  });
});
