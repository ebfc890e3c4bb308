import { CONTEXTS, RULE_FILES } from './rules';

/** Schema of the rules; bump when the meaning of a rule field changes. */
const RULE_FORMAT = 1;

/**
 * Identifies the exact rules that produced an analysis (exports record it, and "re-analyse
 * all" compares it): the format number and a hash of every rule's id, score and patterns, so
 * any rule change yields a new version without anyone remembering to bump it.
 */
export const RULESET_VERSION = `${RULE_FORMAT}.${fnv1a(fingerprint())}`;

function fingerprint(): string {
  const parts: string[] = [];
  for (const file of RULE_FILES) {
    for (const r of file.rules) {
      const near = (r.near ?? []).map((n) => `${n.pattern.source}~${n.within ?? ''}${n.side ?? ''}`);
      const mods = [...(r.unless ?? []), ...(r.boost ?? [])].map(
        (m) => `${m.pattern.source}*${m.factor}@${m.within ?? ''}`,
      );
      parts.push(
        `${file.lang}/${file.file}/${r.id}:${r.score}:${r.match.source}|${near.join('|')}|${mods.join('|')}`,
      );
    }
  }
  for (const c of CONTEXTS)
    parts.push(`${c.lang}:${c.defaults.map((m) => `${m.pattern.source}*${m.factor}`).join('|')}`);
  return parts.join('\n');
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
