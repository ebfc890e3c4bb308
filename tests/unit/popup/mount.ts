import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh element in the document (happy-dom) and waits for effects. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  return root;
}

/** Lets pending promises and timers of `ms` run inside act(), so hooks settle. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Sets a form control's value the way typing does, firing `input`. */
export async function type(
  element: HTMLTextAreaElement | HTMLInputElement | HTMLSelectElement,
  value: string,
) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
