import path from 'node:path';
import { describe, expect, test } from './harness/fixture';
import { seedFlags, type Seed } from './dashboard-stats-seed';

// Regenerates docs/dashboard-statistics.png for the README:
//   npm run build && TEKSHUR_SCREENSHOTS=1 npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/dashboard-stats-screenshot.test.ts
// Skipped otherwise, so that a test run never rewrites the docs.
const enabled = process.env.TEKSHUR_SCREENSHOTS === '1';
const DOCS = path.resolve(import.meta.dirname, '../../docs');

// Messages of the kinds volunteers receive, in several languages and apps.
const MESSAGES: { text: string; channel?: string }[] = [
  { text: 'This is the police. Send a copy of your passport to this number today.', channel: 'wechat' },
  { text: '请把你的护照复印件发给我', channel: 'wechat' },
  { text: '我是派出所的，不要告诉任何人。', channel: 'wechat' },
  { text: 'Your parcel is held at customs. Confirm your address and ID number.', channel: 'call' },
  { text: 'Your family will suffer if you do not come back.', channel: 'whatsapp' },
  { text: 'Вам нужно вернуться домой, ваши родители ждут. Пришлите копию паспорта.', channel: 'telegram' },
  { text: 'پاسپورتىڭىزنىڭ رەسىمىنى ئەۋەتىڭ', channel: 'wechat' },
  { text: 'Tell us who attends the community meetings and you will be rewarded.', channel: 'whatsapp' },
  { text: 'We know where you live and where you work.', channel: 'sms' },
  { text: 'Consulate notice: an important document is waiting for you, press 1.', channel: 'call' },
  { text: 'Паспортыңыздың көшірмесін жіберіңіз.', channel: 'telegram' },
  { text: 'Pasaportunuzun fotokopisini bu numaraya gönderin.', channel: 'whatsapp' },
  { text: '你父母很想你，回国吧，不然他们会有麻烦。', channel: 'wechat' },
  { text: 'Hello, see you tomorrow at the market.' },
];

/** About forty checks over ten weeks of early 2025, a few more each week as a campaign grows. */
function seeds(): Seed[] {
  const out: Seed[] = [];
  const start = Date.UTC(2025, 0, 6);
  for (let i = 0; i < 41; i++) {
    const message = MESSAGES[(i * 5) % MESSAGES.length]!;
    const day = Math.floor(Math.sqrt(i / 41) * 70);
    out.push({
      ...message,
      receivedAt: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
      status: i % 7 === 0 ? 'escalated' : i % 3 === 0 ? 'reviewed' : 'new',
    });
  }
  return out;
}

describe.skipIf(!enabled)('statistics screenshot for the README', () => {
  test('docs/dashboard-statistics.png', async ({ extension }) => {
    const page = await extension.openPage('dashboard.html#statistics');
    await page.setViewportSize({ width: 1100, height: 2400 });
    await page.getByTestId('stats-empty').waitFor();
    await seedFlags(page, seeds());
    await page.reload();
    await expect.poll(() => page.getByTestId('stats-total').getAttribute('data-count')).toBe('41');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page
      .locator('main')
      .screenshot({ path: path.join(DOCS, 'dashboard-statistics.png'), animations: 'disabled' });
  }, 120_000);
});
