/*
 * A pause before a call, for work that should not run on every keystroke (sf-form saves a draft
 * once typing stops). Its own module: nothing in it is about drafts.
 */

/** A debounced call of `fn`, with `flush()` to run a pending call now and `cancel()` to drop it. */
export interface Debounced<Args extends unknown[]> {
  (...args: Args): void;
  /** Runs the pending call now, if any (e.g. on `pagehide`, before submitting). */
  flush(): void;
  /** Drops the pending call (e.g. before clearing drafts, so a late save cannot bring one back). */
  cancel(): void;
}

/** Calls `fn` with the last arguments once `ms` have passed without another call. */
export function debounce<Args extends unknown[]>(fn: (...args: Args) => unknown, ms: number): Debounced<Args> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Args | undefined;
  const run = () => {
    clearTimeout(timer);
    const args = pending;
    pending = undefined;
    if (args) fn(...args);
  };
  return Object.assign(
    (...args: Args) => {
      pending = args;
      clearTimeout(timer);
      timer = setTimeout(run, ms);
    },
    {
      flush: run,
      cancel: () => {
        clearTimeout(timer);
        pending = undefined;
      },
    },
  );
}
