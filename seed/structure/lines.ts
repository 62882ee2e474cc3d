import type { Node, TextNode } from '../parse/nodes.js';

/** A top-level paragraph: the only kind of text that can stand as a heading or a header line. */
export const isLoose = (n: Node): n is TextNode =>
  n.type === 'text' && (n.role === 'paragraph' || n.role === 'row') && n.depth === 0 && !n.quote;

/** E-mail addresses, profile links and phone numbers: the contact header, never a job's header. */
export const CONTACT =
  /@[\w-]+\.|\b(?:github|gitlab|linkedin|twitter|x)\.com\b|https?:\/\/|\bwww\.|\+?\(?\d{2,4}\)?[ .-]\d{3}[ .-]\d{3,4}/i;

/** A short line that is not a sentence: a name, a title, a company, "Pinecrest Software · Full-time". */
export function isShortLine(node: Node): node is TextNode {
  return (
    isLoose(node) &&
    !node.text.includes('\n') &&
    node.text.length <= 80 &&
    !/[.!?]$/.test(node.text.trim()) &&
    !CONTACT.test(node.text)
  );
}
