const SPACES = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/** Text as shown and stored: NFC, every kind of space (non-breaking, narrow, zero-width) as one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(SPACES, ' ').trim();
}
