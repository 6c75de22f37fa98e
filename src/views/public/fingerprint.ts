/**
 * A short, stable fingerprint of a JSON-able value (FNV-1a, 32 bits, over its JSON): the page stamps the
 * fingerprint of what it was prerendered from, and the client re-renders only when the fetched data gives
 * another one. Not a security hash; object keys must be built in the same order on both sides.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
