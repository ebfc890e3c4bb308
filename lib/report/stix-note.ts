import type { ReportFlag } from './schema';

/** The note of one flag: the message and what Tekshur found in it, readable without Tekshur. */
export function stixNote(flag: ReportFlag, observedDataId: string, alias?: string): Record<string, unknown> {
  const tactics = flag.analysis.tactics;
  const found = tactics.map((t) => t.id).join(', ') || 'no tactic';
  const lines = [
    `Message${context(flag)}:`,
    flag.text,
    '',
    `Tekshur analysis: ${flag.risk} risk (score ${flag.analysis.score}), rules ${flag.analysis.rulesetVersion}.`,
    ...tactics.map(
      (t) =>
        `- ${t.id} (confidence ${t.confidence.toFixed(2)})${t.evidence.length ? ': ' : ''}${t.evidence.map((e) => `"${e.quote}"`).join('; ')}`,
    ),
    `Status: ${flag.status}.${flag.tags.length ? ` Tags: ${flag.tags.join(', ')}.` : ''}`,
    ...(flag.notes ? ['', `Notes: ${flag.notes}`] : []),
  ];
  return {
    abstract: `${flag.risk} risk: ${found}`,
    content: lines.join('\n'),
    ...(alias ? { authors: [alias] } : {}),
    ...(tactics.length ? { labels: tactics.map((t) => t.id) } : {}),
    object_refs: [observedDataId],
  };
}

function context(flag: ReportFlag): string {
  const parts = [
    flag.channel,
    flag.receivedAt && `received ${flag.receivedAt}`,
    flag.sender?.phone && `from ${flag.sender.phone}`,
    flag.sender?.account && `account ${flag.sender.account}`,
    flag.sender?.name && `name ${flag.sender.name}`,
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
