const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
};

/** The regex alternative for a count written as digits or a word ("5", "five", "a dozen"). */
export const COUNT = `(?:\\d{1,4}|${Object.keys(WORDS).join('|')})`;

/** Like COUNT, without "a"/"an", for counts in the middle of a phrase ("We were 3 engineers"). */
export const COUNT_NO_ARTICLE = `(?:\\d{1,4}|${Object.keys(WORDS)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|')})`;

/** Reads "5", "five" or "a" as a number. */
export function readCount(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  return WORDS[w];
}
