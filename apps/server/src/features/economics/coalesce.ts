/**
 * Runs expensive work once for everyone asking for the same thing at the same time — without ever
 * answering a caller with a result computed before the caller asked. A caller who arrives while a run
 * is under way waits for the next run, which starts as soon as that one ends and serves everyone who
 * queued behind it. So 50 people opening the portfolio together cost two runs, not fifty, and a person
 * who has just saved an entry still sees it (the run they get began after their request did).
 */
export type Coalesced<T> = (key: string, work: () => Promise<T>) => Promise<T>;

type Waiting<T> = {
  work: () => Promise<T>;
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
};
type State<T> = { next: Waiting<T> | null };

export function coalesced<T>(): Coalesced<T> {
  const running = new Map<string, State<T>>();

  const start = (key: string, work: () => Promise<T>): Promise<T> => {
    const state: State<T> = running.get(key) ?? { next: null };
    running.set(key, state);
    const run = Promise.resolve().then(work);
    const finished = () => {
      const next = state.next;
      state.next = null;
      if (!next) {
        running.delete(key);
        return;
      }
      start(key, next.work).then(next.resolve, next.reject);
    };
    run.then(finished, finished);
    return run;
  };

  return (key, work) => {
    const state = running.get(key);
    if (!state) return start(key, work);
    if (!state.next) {
      let resolve!: (value: T) => void;
      let reject!: (reason: unknown) => void;
      const promise = new Promise<T>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      state.next = { work, promise, resolve, reject };
    }
    return state.next.promise;
  };
}
