import { describe, expect, it } from 'vitest';
import type { SeedError } from '../../seed/errors.js';
import { decodeInput } from '../../seed/read/decode.js';

function error(bytes: Uint8Array): SeedError {
  try {
    decodeInput(bytes, 'input.md');
  } catch (e) {
    return e as SeedError;
  }
  throw new Error('expected an error');
}

describe('decodeInput', () => {
  it('refuses empty and whitespace-only files', () => {
    expect(error(new Uint8Array()).code).toBe('EMPTY_INPUT');
    expect(error(Buffer.from(' \n\r\n\t')).format()).toBe(
      'input.md: file is empty: there is nothing to seed',
    );
  });

  it('refuses binary input, pointing at the line of the first NUL byte', () => {
    const e = error(Buffer.from('line one\nline two\n\u0000\u0001\u0002'));
    expect(e.code).toBe('BINARY_INPUT');
    expect(e.line).toBe(3);
    expect(e.format()).toMatch(/^input\.md:3: file looks binary/);
  });

  it('refuses invalid UTF-8 with the line it occurs on', () => {
    const bytes = Buffer.concat([
      Buffer.from('ok\nfine\nbad: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const e = error(bytes);
    expect(e.code).toBe('INVALID_UTF8');
    expect(e.line).toBe(3);
    // Overlong encodings and surrogates are invalid too.
    expect(error(Buffer.from([0x41, 0xc0, 0xaf])).code).toBe('INVALID_UTF8');
    expect(error(Buffer.from([0x41, 0xed, 0xa0, 0x80])).code).toBe('INVALID_UTF8');
  });

  it('normalises CRLF and CR line endings, drops a BOM and repairs mojibake', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('a\r\nb\rc organizationâ€™s\n'),
    ]);
    expect(decodeInput(bytes, 'x')).toBe('a\nb\nc organization’s\n');
  });
});
