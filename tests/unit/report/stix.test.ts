import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/report/build';
import { toStixBundle, type StixObject } from '../../../lib/report/stix';
import { canonicalJson, uuidV5 } from '../../../lib/report/stix-ids';
import { EXPORTED_AT, EXPORTER, reportSource } from './arbitraries';
import { fixture } from './fixture';
import { TLP_IDS, validateBundle } from './stix-spec';

const byType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);

describe('STIX 2.1 bundle', () => {
  it('is valid per the specification for any set of flags, with or without images and incident', async () => {
    await fc.assert(
      fc.asyncProperty(
        reportSource,
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('white', 'green', 'amber', 'red' as const),
        async (source, images, incident, tlp) => {
          const report = await buildReport(source, {
            exporter: EXPORTER,
            exportedAt: EXPORTED_AT,
            includeImages: images,
          });
          const bundle = await toStixBundle(report, { incident, tlp });
          expect(validateBundle(bundle as unknown as Record<string, unknown>)).toEqual([]);
          expect(byType(bundle.objects, 'observed-data')).toHaveLength(report.flags.length);
          expect(byType(bundle.objects, 'note')).toHaveLength(report.flags.length);
          expect(
            bundle.objects
              .filter((o) => o.type !== 'marking-definition')
              .every((o) => (o.object_marking_refs as string[])[0] === TLP_IDS[tlp]),
          ).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('maps one flag to artifacts, an observed-data and a note, in one report under TLP:AMBER', async () => {
    const { source, png } = await fixture();
    const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
    const bundle = await toStixBundle(report, { incident: true });
    expect(validateBundle(bundle as unknown as Record<string, unknown>)).toEqual([]);
    const [marking] = byType(bundle.objects, 'marking-definition');
    expect(marking).toEqual({
      type: 'marking-definition',
      spec_version: '2.1',
      id: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
      created: '2017-01-20T00:00:00.000Z',
      definition_type: 'tlp',
      name: 'TLP:AMBER',
      definition: { tlp: 'amber' },
    });
    const artifacts = byType(bundle.objects, 'artifact');
    const image = artifacts.find((a) => a.mime_type === 'image/png')!;
    expect(image.hashes).toEqual({ 'SHA-256': source.attachments[0]!.sha256 });
    expect(atob(image.payload_bin as string)).toBe(String.fromCharCode(...png));
    const text = artifacts.find((a) => a.mime_type === 'text/plain')!;
    expect(
      new TextDecoder().decode(Uint8Array.from(atob(text.payload_bin as string), (c) => c.charCodeAt(0))),
    ).toBe(source.flags[0]!.text);
    const [observed] = byType(bundle.objects, 'observed-data');
    expect(observed).toMatchObject({
      first_observed: '2026-04-30T00:00:00.000Z',
      last_observed: '2026-05-01T09:59:00.000Z',
      number_observed: 1,
    });
    expect(observed!.object_refs).toEqual([text.id, image.id]);
    const [note] = byType(bundle.objects, 'note');
    expect(note!.object_refs).toEqual([observed!.id]);
    expect(note!.labels).toEqual(['identity-document-request', 'secrecy-demand']);
    expect(note!.content).toContain(source.flags[0]!.text);
    expect(note!.content).toContain('identity-document-request (confidence 0.85): "Send your passport"');
    const [identity] = byType(bundle.objects, 'identity');
    expect(identity).toMatchObject({ name: 'Volunteer A', identity_class: 'individual' });
    const [container] = byType(bundle.objects, 'report');
    expect(container!.report_types).toEqual(['threat-report']);
    expect((container!.object_refs as string[]).length).toBe(bundle.objects.length - 2);
    const [incident] = byType(bundle.objects, 'incident');
    expect(incident!.extensions).toEqual({
      'extension-definition--ef765651-680c-498d-9894-99799f2fa126': {
        extension_type: 'property-extension',
        determination: 'suspected',
        investigation_status: 'new',
      },
    });
  });

  it('shares an image by hash alone as a file object when images are not included', async () => {
    const { source } = await fixture();
    const report = await buildReport(source, {
      exporter: EXPORTER,
      exportedAt: EXPORTED_AT,
      includeImages: false,
    });
    const bundle = await toStixBundle(report);
    expect(validateBundle(bundle as unknown as Record<string, unknown>)).toEqual([]);
    expect(byType(bundle.objects, 'file')).toEqual([
      expect.objectContaining({
        hashes: { 'SHA-256': source.attachments[0]!.sha256 },
        mime_type: 'image/png',
      }),
    ]);
    expect(JSON.stringify(bundle)).not.toContain('iVBOR'); // no PNG payload
  });

  it('gives the same image the same id in every export (UUIDv5, STIX namespace)', async () => {
    expect(await uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(canonicalJson({ b: 1, a: { d: 'x', c: [2, 1] } })).toBe('{"a":{"c":[2,1],"d":"x"},"b":1}');
    const { source } = await fixture();
    const report = await buildReport(source, { exporter: EXPORTER, exportedAt: EXPORTED_AT });
    const ids = async () => byType((await toStixBundle(report)).objects, 'artifact').map((a) => a.id);
    expect(await ids()).toEqual(await ids());
  });

  it('the validator catches what it claims to', () => {
    const bad = {
      type: 'bundle',
      id: 'bundle--1',
      objects: [
        {
          type: 'note',
          id: 'note--6b8e8c3e-1d2a-4b5c-8d9e-0f1a2b3c4d5e',
          spec_version: '2.1',
          created: '2026-01-01T00:00:00Z',
          modified: '2026-01-01T00:00:00.000Z',
          object_refs: [],
        },
      ],
    };
    const problems = validateBundle(bad).join('\n');
    for (const p of [
      'id must be bundle--UUID',
      'created must be a timestamp with milliseconds',
      'content is required',
      'must be a non-empty list',
    ])
      expect(problems).toContain(p);
  });
});
