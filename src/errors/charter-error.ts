/**
 * The one error type the core throws on purpose. `code` lets a UI translate the message;
 * `message` is a complete English sentence that says what went wrong and what to do.
 */
export type CharterErrorCode =
  | 'invalid-file'
  | 'invalid-input'
  | 'not-found'
  | 'template-invalid'
  | 'missing-answer'
  | 'save-failed'
  /** The file changed on disk since it was opened: the user chooses what wins. */
  | 'conflict'
  | 'export-failed'
  | 'unsupported'
  // Raised by the transports rather than the core: a refused caller, a bug.
  | 'unauthorized'
  | 'internal';

export class CharterError extends Error {
  override readonly name = 'CharterError';

  constructor(
    readonly code: CharterErrorCode,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
  }
}
