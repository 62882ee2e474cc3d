/** Text to match literally inside a regular expression ("C++", "Node.js"). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word standing whole, not inside a longer one: "Harrowgate" but not "Harrowgates" or "NewHarrowgate". */
export const wholeWord = (word: string, suffix = '') =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}${suffix}(?![\\p{L}\\p{N}])`, 'u');
