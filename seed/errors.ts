/** Stable codes for everything the seeder can reject. */
export type SeedErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_UTF8'
  | 'NO_NARRATIVES'
  | 'INVALID_FRONT_MATTER'
  | 'INVALID_JSON_RESUME'
  | 'INVALID_TAXONOMY'
  | 'FILE_NOT_FOUND'
  | 'INPUT_TOO_LARGE'
  | 'LOAD_FAILED';

/** A seeder error that points at the place in the input that caused it, printed as `file:line: message`. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly code: SeedErrorCode,
    message: string,
    readonly file?: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The `file:line: message` form used on the command line. */
  format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}${this.message}`;
  }
}
