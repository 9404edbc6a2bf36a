/**
 * The AbortController of one attempt (or one wait between attempts), whose `abort` also rejects, at
 * once, the step of the attempt being awaited through `until`, even when the work behind it ignores
 * the signal (a custom `send`, a token function that hangs).
 *
 * It replaces an `abort` listener per awaited step: adding and removing EventTarget listeners (and
 * a second timer for the call's budget) was most of what the retry engine cost a call on Node 24.
 * Every abort of an attempt goes through `abort` here (its timer, the caller's signal), so no
 * listener is needed; the signal is still what `fetch` is given.
 */
export class AttemptController {
  readonly #controller = new AbortController();
  /** Rejects the step awaited through `until`, if one is. Steps of an attempt are awaited one at a time. */
  #interrupt: ((reason: unknown) => void) | undefined;

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Abort the signal, and reject the step in progress with the signal's reason. */
  abort(reason?: unknown): void {
    this.#controller.abort(reason);
    const interrupt = this.#interrupt;
    this.#interrupt = undefined;
    interrupt?.(this.#controller.signal.reason);
  }

  /**
   * `promise`, or a rejection with the signal's reason as soon as `abort` is called (or at once if
   * it already was). A value that arrives after the abort is passed to `onLate` to be released.
   */
  until<Value>(promise: Promise<Value>, onLate: (value: Value) => void): Promise<Value> {
    const signal = this.#controller.signal;
    return new Promise<Value>((resolve, reject) => {
      if (signal.aborted) reject(signal.reason);
      else this.#interrupt = reject;
      promise.then(
        (value) => {
          if (this.#interrupt === reject) this.#interrupt = undefined;
          if (signal.aborted) onLate(value);
          else resolve(value);
        },
        (error: unknown) => {
          if (this.#interrupt === reject) this.#interrupt = undefined;
          reject(error);
        },
      );
    });
  }
}
