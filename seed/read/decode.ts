import { SeedError } from '../errors.js';
import { repairMojibake } from './mojibake.js';

/** Inputs larger than this are refused before parsing: a narrative document is kilobytes, not hundreds of megabytes. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Finds the first byte offset where `bytes` stops being valid UTF-8 (RFC 3629, no overlongs or surrogates), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Turns the bytes of an input file into clean text: refuses empty, binary and invalid UTF-8 input with a
 * `file:line` error, drops a BOM, normalises CRLF and CR line endings to LF, and repairs mojibake.
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new SeedError(
      'INPUT_TOO_LARGE',
      `file is ${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
      file,
    );
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (body.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
    throw new SeedError('EMPTY_INPUT', 'file is empty: there is nothing to seed', file);
  }
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new SeedError(
      'BINARY_INPUT',
      'file looks binary (it contains NUL bytes), not a text document',
      file,
      lineOfByte(body, nul),
    );
  }
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    throw new SeedError(
      'INVALID_UTF8',
      `invalid UTF-8 at byte ${bad + start} (0x${(body[bad] as number).toString(16)}); save the file as UTF-8`,
      file,
      lineOfByte(body, bad),
    );
  }
  const text = new TextDecoder('utf-8').decode(body).replace(/\r\n?/g, '\n');
  return repairMojibake(text);
}
