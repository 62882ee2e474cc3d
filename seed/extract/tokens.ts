export interface Token {
  /** The text as written. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whether whitespace (or the start of the text) precedes this token. */
  spaceBefore: boolean;
  /** Letters or digits, as opposed to a single punctuation character. */
  word: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits text into words (runs of letters and digits) and single punctuation characters. Matching tool names on
 * these tokens gives word boundaries for free: "Scala" can never match inside "scalability".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = true;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0) {
      space = true;
      i++;
      continue;
    }
    const isAsciiWord =
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (isAsciiWord || (code > 127 && WORD.test(ch))) {
      let j = i + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        const ascii = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
        if (ascii || (c > 127 && WORD.test(text[j] as string))) j++;
        else break;
      }
      const word = text.slice(i, j);
      tokens.push({
        text: word,
        lower: word.toLowerCase(),
        start: i,
        end: j,
        spaceBefore: space,
        word: true,
      });
      i = j;
    } else {
      // Keep surrogate pairs (emoji) together as one punctuation token.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const p = text.slice(i, i + width);
      tokens.push({ text: p, lower: p, start: i, end: i + width, spaceBefore: space, word: false });
      i += width;
    }
    space = false;
  }
  return tokens;
}
