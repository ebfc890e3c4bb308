import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/report/build';
import { toMispEvent } from '../../../lib/report/misp';
import { EXPORTED_AT, EXPORTER, reportSource } from './arbitraries';
import { fixture } from './fixture';

// The instant-message template of MISP/misp-objects (objects/instant-message/definition.json,
// version 3): each relation and the MISP attribute type it must have.
const TEMPLATE: Record<string, string> = {
  'app-used': 'text',
  archive: 'link',
  attachment: 'attachment',
  body: 'text',
  'from-name': 'text',
  'from-number': 'phone-number',
  'from-user': 'text',
  link: 'link',
  'received-date': 'datetime',
  'sent-date': 'datetime',
  subject: 'text',
  'to-name': 'text',
  'to-number': 'phone-number',
  'to-user': 'text',
  url: 'url',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Attr = Record<string, unknown>;
type MispObject = {
  name: string;
  template_uuid: string;
  template_version: string;
  uuid: string;
  Attribute: Attr[];
};

function checkEvent(json: { Event: Record<string, unknown> }) {
  const e = json.Event;
  expect(typeof e.info === 'string' && e.info.length > 0).toBe(true);
  expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(['1', '2', '3', '4']).toContain(e.threat_level_id);
  expect(['0', '1', '2']).toContain(e.analysis);
  expect(['0', '1', '2', '3', '4']).toContain(e.distribution);
  expect(e.uuid).toMatch(UUID);
  expect(e.timestamp).toMatch(/^\d+$/);
  for (const o of e.Object as MispObject[]) {
    expect(o).toMatchObject({
      name: 'instant-message',
      template_uuid: '5fa51a24-f40f-4696-a77e-d31e26bab5fc',
      template_version: '3',
    });
    expect(o.uuid).toMatch(UUID);
    // requiredOneOf: body, from-user, from-number, from-name
    expect(
      o.Attribute.some((a) =>
        ['body', 'from-user', 'from-number', 'from-name'].includes(a.object_relation as string),
      ),
    ).toBe(true);
    for (const a of o.Attribute) {
      expect(TEMPLATE[a.object_relation as string], String(a.object_relation)).toBe(a.type);
      expect(typeof a.value).toBe('string');
      expect(a.uuid).toMatch(UUID);
      if (a.type === 'attachment') expect(a.data).toMatch(/^[A-Z0-9+/]+=*$/i);
      if (a.type === 'datetime') expect(Number.isNaN(Date.parse(a.value as string))).toBe(false);
    }
  }
}

describe('MISP event', () => {
  it('is a well-formed event with one instant-message object per flag, for any flags', async () => {
    await fc.assert(
      fc.asyncProperty(reportSource, async (source) => {
        const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
        const json = toMispEvent(report);
        checkEvent(json);
        expect(json.Event.Object).toHaveLength(source.flags.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('maps the message, sender, date, image and tactics', async () => {
    const { source, png } = await fixture();
    const json = toMispEvent(await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT }), {
      tlp: 'red',
    });
    const [object] = json.Event.Object as MispObject[];
    const attr = (relation: string) => object!.Attribute.find((a) => a.object_relation === relation)!;
    expect(attr('app-used').value).toBe('wechat');
    expect(attr('body').value).toBe(source.flags[0]!.text);
    expect(attr('from-number')).toMatchObject({ type: 'phone-number', value: '+86 139 9999 0000' });
    expect(attr('from-name').value).toBe('Officer Wang');
    expect(attr('received-date').value).toBe('2026-04-30T00:00:00Z');
    expect(attr('attachment')).toMatchObject({
      value: `${source.attachments[0]!.sha256}.png`,
      data: Buffer.from(png).toString('base64'),
    });
    expect(attr('body').Tag).toEqual([
      { name: 'tekshur:tactic="identity-document-request"' },
      { name: 'tekshur:tactic="secrecy-demand"' },
      { name: 'tekshur:risk="high"' },
    ]);
    expect(json.Event).toMatchObject({
      threat_level_id: '1',
      distribution: '0',
      analysis: '0',
      date: '2026-05-02',
      published: false,
    });
    expect(json.Event.Tag).toEqual([
      { name: 'tlp:red' },
      { name: 'tekshur:tactic="identity-document-request"' },
      { name: 'tekshur:tactic="secrecy-demand"' },
    ]);
  });
});
