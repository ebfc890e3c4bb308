// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardScreen } from '@/components/DashboardScreen';
import { PopupScreen } from '@/components/PopupScreen';

async function mount(node: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.location.hash = '';
});

describe('PopupScreen', () => {
  it('labels its text box and keeps Check disabled until checking exists', async () => {
    const root = await mount(<PopupScreen onOpenDashboard={() => {}} />);
    const textarea = root.querySelector('textarea')!;
    expect(root.querySelector(`label[for="${textarea.id}"]`)?.textContent).toBe('Message to check');
    expect(root.querySelector('button')?.disabled).toBe(true);
  });

  it('opens the dashboard through the callback, not by following the link', async () => {
    const open = vi.fn();
    const root = await mount(<PopupScreen onOpenDashboard={open} />);
    const link = root.querySelector('a')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(event);
    expect(open).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('DashboardScreen', () => {
  it('names its navigation and marks the current section', async () => {
    const root = await mount(<DashboardScreen />);
    const nav = root.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).toBe('Dashboard sections');
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'History',
      'Batch',
      'Statistics',
      'Import/Export',
      'Settings',
    ]);
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('History');
  });

  it('follows the URL hash to another section', async () => {
    const root = await mount(<DashboardScreen />);
    await act(async () => {
      window.location.hash = '#batch';
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(root.querySelector('h2')?.textContent).toBe('Batch');
    expect(root.querySelector('[aria-current="page"]')?.textContent).toBe('Batch');
  });
});
