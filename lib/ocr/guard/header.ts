/** What a format reader learns from the header, or why it gives up. */
export type HeaderResult =
  | { ok: true; width: number; height: number }
  | { ok: false; code: 'truncated' | 'animated' | 'corrupt'; detail: string };

export const truncated = (detail: string): HeaderResult => ({ ok: false, code: 'truncated', detail });
export const corrupt = (detail: string): HeaderResult => ({ ok: false, code: 'corrupt', detail });
export const animated = (detail: string): HeaderResult => ({ ok: false, code: 'animated', detail });
