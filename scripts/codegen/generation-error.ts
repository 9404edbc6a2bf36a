/**
 * A failure the user can act on (a bad spec, a name collision, a failed lint). The CLIs print its
 * message without a stack; any other error is a bug in the generator and keeps its stack.
 */
export class GenerationError extends Error {
  override readonly name = 'GenerationError';
}
