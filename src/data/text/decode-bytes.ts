import type { DataIssue } from '../issues';
import { findLegacyFont } from './find-legacy-font';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1258';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  issues: DataIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1258 = new TextDecoder('windows-1258');
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Bytes to NFC text. A UTF-8 BOM is dropped; UTF-16LE (Excel's “Unicode text”) is read by its BOM; otherwise UTF-8
 * if the bytes are valid UTF-8, else Windows-1258 (Excel's Vietnamese code page for a CSV without BOM; its tone
 * marks are combining characters, hence NFC) with an `encoding` warning. Text typed in a TCVN3/VNI font gives a
 * `legacyFont` warning; bytes that look binary give a `notCsv` error (the text is still returned). Never throws.
 */
export function decodeBytes(bytes: Uint8Array, file = ''): Decoded {
  const issues: DataIssue[] = [];
  let encoding: TextEncoding = 'utf-8';
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = utf16.decode(bytes.subarray(2));
  } else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = utf8.decode(body);
    } catch {
      encoding = 'windows-1258';
      text = windows1258.decode(body);
      issues.push({ file, code: 'encoding', severity: 'warning', detail: 'windows-1258' });
    }
  }
  text = text.normalize('NFC');
  const controls = countControls(text);
  if (controls > 0 && controls * 100 >= Math.min(text.length, SAMPLE)) {
    issues.push({ file, code: 'notCsv', severity: 'error', detail: `${controls} control characters` });
    return { text, encoding, issues };
  }
  const legacy = findLegacyFont(text);
  if (legacy !== undefined) issues.push({ file, code: 'legacyFont', severity: 'warning', raw: legacy });
  return { text, encoding, issues };
}

const SAMPLE = 100_000;

/** Control characters other than tab, LF and CR in the first 100 000: text has none, binary files 1 % or more. */
function countControls(text: string): number {
  let count = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) count++;
  }
  return count;
}
