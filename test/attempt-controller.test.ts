import { describe, expect, it, vi } from 'vitest';
import { AttemptController } from '../src/transport/attempt-controller.js';

const never = <Value>(): Promise<Value> => new Promise<Value>(() => {});

describe('AttemptController', () => {
  it('resolves with the value, and leaves the signal alone, when nothing aborts', async () => {
    const attempt = new AttemptController();
    const onLate = vi.fn();
    await expect(attempt.until(Promise.resolve('answer'), onLate)).resolves.toBe('answer');
    expect(attempt.signal.aborted).toBe(false);
    expect(onLate).not.toHaveBeenCalled();
  });

  it('passes a rejection through as it is', async () => {
    const attempt = new AttemptController();
    const failure = new TypeError('fetch failed');
    await expect(attempt.until(Promise.reject(failure), () => {})).rejects.toBe(failure);
  });

  it('rejects the awaited step at once with the reason, even when the work ignores the signal', async () => {
    const attempt = new AttemptController();
    const step = attempt.until(never<string>(), () => {});
    const reason = new Error('caller gave up');
    attempt.abort(reason);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.signal.reason).toBe(reason);
    await expect(step).rejects.toBe(reason);
  });

  it("rejects with the platform's AbortError when aborted without a reason (a timeout)", async () => {
    const attempt = new AttemptController();
    const step = attempt.until(never<string>(), () => {});
    attempt.abort();
    await expect(step).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once a step awaited after the abort, and releases its late value', async () => {
    const attempt = new AttemptController();
    attempt.abort(new Error('timed out'));
    const onLate = vi.fn();
    await expect(attempt.until(Promise.resolve('late'), onLate)).rejects.toThrow('timed out');
    expect(onLate).toHaveBeenCalledWith('late');
  });

  it('hands a value that arrives after the abort to onLate, once', async () => {
    const attempt = new AttemptController();
    let deliver!: (value: string) => void;
    const onLate = vi.fn();
    const step = attempt.until(new Promise<string>((resolve) => (deliver = resolve)), onLate);
    attempt.abort(new Error('timed out'));
    await expect(step).rejects.toThrow('timed out');
    deliver('response');
    await Promise.resolve();
    expect(onLate).toHaveBeenCalledTimes(1);
    expect(onLate).toHaveBeenCalledWith('response');
  });

  it('interrupts only the step in progress: a settled step does not reject later, the next one does', async () => {
    const attempt = new AttemptController();
    await expect(attempt.until(Promise.resolve('headers'), () => {})).resolves.toBe('headers');
    const body = attempt.until(never<string>(), () => {});
    attempt.abort(new Error('body timed out'));
    await expect(body).rejects.toThrow('body timed out');
  });

  it('keeps the first reason when aborted twice', async () => {
    const attempt = new AttemptController();
    const step = attempt.until(never<string>(), () => {});
    const first = new Error('first');
    attempt.abort(first);
    attempt.abort(new Error('second'));
    await expect(step).rejects.toBe(first);
    expect(attempt.signal.reason).toBe(first);
  });
});
