/**
 * Which files make up the published data, and a fingerprint of their bytes. The page stamps the fingerprint of
 * the files it was prerendered from; the browser fetches the same files, hashes their bytes (no parsing) and
 * re-renders only when they differ, so a reader of the unchanged default page never pays for the parser.
 */

/** `manifest.json` and every file it names, in its order, each once. Tolerates a manifest of any shape. */
export function dataFilesOf(manifest: unknown): string[] {
  const files = (manifest as { files?: unknown } | null)?.files;
  const names: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string') names.push(value);
    else if (Array.isArray(value)) value.forEach(add);
  };
  if (files !== null && typeof files === 'object') Object.values(files).forEach(add);
  return [...new Set(['manifest.json', ...names])];
}

/**
 * FNV-1a (32 bits) over each file's name and bytes, in the given order; a missing file counts as such.
 * Not a security hash: it only tells a changed publication from an unchanged one.
 */
export function hashFiles(files: readonly (readonly [string, Uint8Array | undefined])[]): string {
  let hash = 0x811c9dc5;
  const mix = (byte: number) => {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  };
  const encoder = new TextEncoder();
  for (const [name, bytes] of files) {
    for (const byte of encoder.encode(name)) mix(byte);
    mix(0);
    if (bytes === undefined) mix(1);
    else for (const byte of bytes) mix(byte);
    mix(0);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
