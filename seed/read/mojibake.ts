/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("organizationâ€™s" → "organization’s").
 *
 * Node 20's TextDecoder('windows-1252') follows the WHATWG table, which maps 0x80–0x9F to C1 controls rather than to
 * the characters Windows shows (€, ‚, ƒ, ..., Ÿ), so it cannot be used to reverse the damage. This table is the real
 * code page: bytes 0x80–0x9F map to the characters below, the five bytes Windows leaves undefined map to their C1
 * control (which is what survives when such text is round-tripped), and 0xA0–0xFF map to U+00A0–U+00FF.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Character (as decoded by Windows-1252) → the byte it came from, for bytes 0x80–0xFF. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  const code = b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
  BYTE_OF.set(String.fromCharCode(code), b);
}

const continuationChars = [...BYTE_OF].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([c]) => c);
const escapeClass = (chars: string[]) =>
  chars.map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const CONT = `[${escapeClass(continuationChars)}]`;

/**
 * A mis-decoded multi-byte UTF-8 sequence: a lead byte (0xC2–0xF4, which Windows-1252 shows as Â–ô) followed by
 * the right number of continuation bytes (0x80–0xBF, shown as €, ™, ¢, ...). Correct text such as "café" or "Â°C"
 * written on purpose does not fit this shape, so it is left alone.
 */
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`,
  'g',
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function repairOnce(text: string): string {
  return text.replace(SEQUENCE, (run) => {
    const bytes = Uint8Array.from(run, (ch) => BYTE_OF.get(ch) ?? 0);
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

/** Repairs mojibake, including text that was mis-decoded twice. Text without it comes back unchanged. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = repairOnce(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** True when the text still contains a sequence that looks like mis-decoded UTF-8. */
export function hasMojibake(text: string): boolean {
  SEQUENCE.lastIndex = 0;
  const found = SEQUENCE.test(text);
  SEQUENCE.lastIndex = 0;
  return found && repairOnce(text) !== text;
}
