import { constants, gzipSync } from 'node:zlib';

/** The size of `bytes` gzipped at level 9, as a static host that compresses ahead of time would serve them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).byteLength;
}

/** Bytes as kB (1 kB = 1000 bytes), one decimal. */
export const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
