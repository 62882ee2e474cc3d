import { escapeRegExp as literal } from './regexp.js';

/**
 * A career told in the third person ("Priya joined Northwind Logistics in March 2019 …", "Her first role was …", a
 * LinkedIn "About" or a bio) is read by the same prose rules as one told in the first person. The rules that find
 * employers, titles and dates look for the narrator ("I joined X", "my time at X"), so they are given a view of each
 * sentence with the person's name and pronouns put in the first person. Only those rules see the view: evidence
 * sentences keep the author's words.
 */
export type NarratorView = (text: string) => string;

/** Moves that only the person's own career makes: "Priya joined …", "She spent …", "He was promoted …". */
const MOVES = '(?:joined|spent|worked|moved|was|is|has|left|started|became|holds|runs|leads)';

/**
 * The view for a document told about `person` in the third person, or undefined when the document speaks as "I"
 * (or names nobody): at least two of the person's moves are told with their given name or "she"/"he", and "I" is
 * rarer than those.
 */
export function narratorView(person: string | undefined, texts: string[]): NarratorView | undefined {
  const given = person?.trim().split(/\s+/)[0];
  // "Me" is the name given to an author who never says theirs.
  if (!person || !given || given === 'Me' || !/^\p{Lu}\p{Ll}+$/u.test(given)) return undefined;
  const named = `(?:${literal(person.trim())}|${literal(given)})`;
  const third = new RegExp(String.raw`\b(?:${named}|She|He|she|he)\s+(?:\w+\s+)?${MOVES}\b`, 'gu');
  let told = 0;
  let firstPerson = 0;
  for (const text of texts) {
    told += text.match(third)?.length ?? 0;
    firstPerson += text.match(/\bI\b/g)?.length ?? 0;
  }
  if (told < 2 || firstPerson >= told) return undefined;
  const possessive = new RegExp(String.raw`\b${named}['’]s\b`, 'gu');
  const name = new RegExp(String.raw`\b${named}\b`, 'gu');
  return (text) =>
    text
      .replace(possessive, 'my')
      .replace(name, 'I')
      .replace(/\b(?:She|He|she|he)\b/g, 'I')
      .replace(/\b(?:Her|His)\b/g, 'My')
      .replace(/\b(?:her|his)\b/g, 'my')
      .replace(/\bI\s+is\b/g, 'I am')
      .replace(/\bI\s+has\b/g, 'I have');
}
