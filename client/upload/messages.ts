import { ApiError } from '../api/client.js';

// What a failed write means to the person who asked for it, in words they can act on. Every message also says that
// nothing was lost: a refused load or correction writes nothing (docs/uploads.md), and the file stays chosen.

/** True when the server refuses every write (it listens beyond loopback without a token). */
export function writesDisabled(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'WRITES_DISABLED';
}

/** True when the server wants its write token (SKILLGRAPH_WRITE_TOKEN) with every write. */
export function needsToken(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHORIZED';
}

/** A message as a sentence, ending with one full stop. */
const sentence = (text: string) => text.trim().replace(/[.\s]*$/, '.');

/** Writes are off: said once, in the panel, which then offers no write. */
export const WRITES_OFF =
  'Uploads and corrections are off on this server, because it listens beyond this machine. Run it on localhost, or set SKILLGRAPH_WRITE_TOKEN, to use them. The explorer itself works as before.';

/** A failed preview, load or correction, as a plain sentence. */
export function writeErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError))
    return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  switch (error.code) {
    case 'INVALID_DOCUMENT':
      return `This document cannot be loaded. ${sentence(error.message)} Nothing was written; fix the file and try again.`;
    case 'WRITES_DISABLED':
      return WRITES_OFF;
    case 'UNAUTHORIZED':
      return 'This server takes uploads and corrections with its write token only (SKILLGRAPH_WRITE_TOKEN). Enter it below and try again.';
    case 'CROSS_SITE_REQUEST':
      return `The server refused this as a request from another site: ${error.message}`;
    case 'PAYLOAD_TOO_LARGE':
      return 'This file is larger than the server accepts (SKILLGRAPH_MAX_UPLOAD, 8 MB unless set). Nothing was written.';
    case 'BAD_USER_INPUT':
      return `The server refused this: ${sentence(error.message)} Nothing was changed.`;
    case 'NOT_FOUND':
      return `${sentence(error.message)} It may have been reverted already; the list below is up to date.`;
    case 'NETWORK':
      return 'The Skillgraph server cannot be reached. Nothing was lost: try again when it is back.';
    case 'DATABASE_UNAVAILABLE':
      return 'The database is not answering right now; nothing was loaded. Try again in a moment.';
    case 'TIMEOUT':
      return 'The server took too long; nothing was loaded. Try again, or try a smaller document.';
    default:
      return `The server could not do this: ${error.message}`;
  }
}
