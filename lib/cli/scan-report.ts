import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { RULESET_VERSION, type Analysis } from '../analyzer';
import { buildFlag } from '../db/flags';
import type { Attachment, Flag, FlagEvent } from '../db/types';
import { buildReport } from '../report';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  bmp: 'image/bmp',
};

/**
 * Collects what `scan --format report` hands an NGO: every input that scored medium or high,
 * as flags of a Tekshur JSON report (with the images' hashes, and the images themselves with
 * --include-images), built and validated by the same code as the extension's export.
 */
export class ReportCollector {
  private readonly flags: Flag[] = [];
  private readonly events: FlagEvent[] = [];
  private readonly attachments: Attachment[] = [];

  async add(
    source: string,
    kind: 'text' | 'image',
    text: string,
    analysis: Analysis,
    ocr?: Flag['ocr'],
  ): Promise<void> {
    if (analysis.risk !== 'high' && analysis.risk !== 'medium') return;
    const images = [];
    if (kind === 'image') {
      const ext = source.split('.').pop()?.toLowerCase() ?? '';
      images.push({
        blob: new Blob([await readFile(source)], { type: MIME[ext] ?? 'application/octet-stream' }),
      });
    }
    const { flag, attachments } = await buildFlag({
      source: 'batch',
      text,
      analysis,
      images,
      ...(ocr ? { ocr } : {}),
      notes: `scan: ${source}`,
    });
    this.flags.push(flag);
    this.attachments.push(...attachments);
    this.events.push({
      flagId: flag.id,
      at: flag.createdAt,
      type: 'created',
      actor: 'scan',
      detail: { source: 'batch', file: source },
    });
  }

  async render(includeImages: boolean): Promise<string> {
    const report = await buildReport(
      { flags: this.flags, events: this.events, attachments: this.attachments },
      {
        exporter: { app: 'tekshur-scan', appVersion: version, rulesetVersion: RULESET_VERSION },
        includeImages,
      },
    );
    return `${JSON.stringify(report, null, 2)}\n`;
  }
}
