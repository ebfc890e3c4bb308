// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StatisticsSection } from '@/components/dashboard/statistics/StatisticsSection';
import { saveFlag } from '@/lib/db/flags';
import { getDb } from '@/lib/db/open';
import { activateLanguage } from '@/lib/i18n';
import { newFlag } from '../db/helpers';
import { mount, settle } from '../popup/mount';

const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
  root.querySelector<T>(selector);
const countOf = (root: HTMLElement, chart: string, key: string) =>
  q(root, `[data-testid="${chart}"] g[data-key="${key}"]`)?.getAttribute('data-count');

async function choose(select: HTMLSelectElement | HTMLInputElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function render(): Promise<HTMLElement> {
  const root = await mount(<StatisticsSection param="" />);
  for (let i = 0; i < 50 && !q(root, '[data-testid="stats-total"], [data-testid="stats-empty"]'); i++)
    await settle(20);
  return root;
}

afterEach(async () => {
  document.body.innerHTML = '';
  await activateLanguage('en');
});

describe('the statistics section with nothing saved', () => {
  it('says that nothing is saved yet', async () => {
    const root = await render();
    expect(q(root, '[data-testid="stats-empty"]')?.textContent).toContain('Nothing is saved yet');
    expect(root.querySelectorAll('svg')).toHaveLength(0);
  });
});

describe('the statistics section', () => {
  beforeAll(async () => {
    const db = getDb();
    await saveFlag(db, newFlag('请把你的护照复印件发给我', { channel: 'wechat', receivedAt: '2025-03-04' }));
    await saveFlag(
      db,
      newFlag('Send me a copy of your passport.', { channel: 'wechat', receivedAt: '2025-03-12' }),
    );
    await saveFlag(
      db,
      newFlag('Your family will suffer if you do not come back.', {
        status: 'escalated',
        receivedAt: '2025-03-13',
      }),
    );
    await saveFlag(db, newFlag('Hello, see you tomorrow.', { channel: 'sms', receivedAt: '2025-03-13' }));
  }, 60_000);
  afterAll(() => getDb().close());

  it('draws the counts by tactic, week, channel and language, with a table for each', async () => {
    const root = await render();
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('4');
    expect(countOf(root, 'stats-by-tactic', 'identity-document-request')).toBe('2');
    expect(countOf(root, 'stats-by-tactic', 'no-tactic')).toBe('1');
    expect(countOf(root, 'stats-by-week', '2025-03-03')).toBe('1');
    expect(countOf(root, 'stats-by-week', '2025-03-10')).toBe('3');
    expect(countOf(root, 'stats-by-channel', 'wechat')).toBe('2');
    expect(countOf(root, 'stats-by-channel', '')).toBe('1');
    expect(countOf(root, 'stats-by-language', 'zh')).toBe('1');
    expect(countOf(root, 'stats-by-language', 'en')).toBe('3');

    const tactic = q(root, '[data-testid="stats-by-tactic"] g[data-key="identity-document-request"]')!;
    expect(tactic.querySelector('title')?.textContent).toBe('Asks for an identity document: 2');
    const svg = q(root, '[data-testid="stats-by-tactic"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe('By tactic');
    expect(q(root, '[data-testid="stats-by-channel"] tr[data-key="wechat"]')?.textContent).toBe('WeChat2');
    expect(q(root, '[data-testid="stats-by-language"] tr[data-key="zh"] th')?.textContent).toBe('Chinese');
    expect(q(root, '[data-testid="stats-by-week"] tr[data-key="2025-03-10"] th')?.textContent).toBe(
      'Week of Mar 10, 2025',
    );
  });

  it('follows the filters, and clearing them brings everything back', async () => {
    const root = await render();
    await choose(q<HTMLSelectElement>(root, '[data-testid="stats-filter-channel"]')!, 'wechat');
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('2');
    expect(countOf(root, 'stats-by-channel', 'sms')).toBeUndefined();
    await choose(q<HTMLInputElement>(root, '[data-testid="stats-filter-from"]')!, '2025-03-10');
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('1');
    await choose(q<HTMLSelectElement>(root, '[data-testid="stats-filter-status"]')!, 'escalated');
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('0');
    expect(root.textContent).toContain('No saved check matches these filters.');
    await act(() => q<HTMLButtonElement>(root, '[data-testid="stats-filter-reset"]')!.click());
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('4');
    await choose(q<HTMLSelectElement>(root, '[data-testid="stats-filter-risk"]')!, 'high');
    expect(q(root, '[data-testid="stats-total"]')?.getAttribute('data-count')).toBe('3');
  });

  it('names tactics, channels and dates in Uyghur, with bars growing from the right', async () => {
    await activateLanguage('ug');
    const root = await render();
    const tactic = q(root, '[data-testid="stats-by-tactic"] g[data-key="identity-document-request"]')!;
    expect(tactic.querySelector('text')?.textContent).toBe('كىملىك ئىسپاتى سورايدۇ');
    expect(q(root, '[data-testid="stats-by-channel"] tr[data-key=""] th')?.textContent).toBe('كۆرسىتىلمىگەن');
    const rect = tactic.querySelector('rect')!;
    expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBe(600);
    expect(q(root, '[data-testid="stats-by-tactic"] svg')?.getAttribute('direction')).toBe('rtl');
  });
});
