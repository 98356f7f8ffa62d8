/**
 * One async load or submit of a widget, with the surface of `@lit/task`'s `Task` (the same
 * `status` numbers as its `TaskStatus`, `value`, `error`, `taskComplete`, `run`, `abort`,
 * `render`): what `TaiwaElement.task()` returns. The kit's task host (task-host.ts) decides when a
 * task runs (when its args change, unless it skips them) and what its answer does, so the part of
 * `@lit/task` that compares args and runs by itself at each update (`autoRun`, `argsEqual`,
 * `onComplete`, `initialState`) is not here: about 0.8 KB minified instead of 1.8 KB on every page.
 */
import type { ReactiveControllerHost } from 'lit';

/** Where a task is; the values of `@lit/task`'s `TaskStatus`. */
export const TaskStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];

/** What `render` shows for each status. */
export interface StatusRenderer<R> {
  initial?: () => unknown;
  pending?: () => unknown;
  complete?: (value: R) => unknown;
  error?: (error: unknown) => unknown;
}

export type TaskFunction<A extends readonly unknown[], R> = (args: A, signal: AbortSignal) => Promise<R>;

export class Task<A extends readonly unknown[] = readonly unknown[], R = unknown> {
  readonly #host: ReactiveControllerHost;
  readonly #work: TaskFunction<A, R>;
  readonly #args: () => A;
  #status: TaskStatus = TaskStatus.INITIAL;
  #value?: R;
  #error?: unknown;
  #complete?: Promise<R>;
  #settle?: [(value: R) => void, (error: unknown) => void];
  #abort?: AbortController;
  #call = 0;

  constructor(host: ReactiveControllerHost, work: TaskFunction<A, R>, args: () => A) {
    this.#host = host;
    this.#work = work;
    this.#args = args;
  }

  get status(): TaskStatus {
    return this.#status;
  }

  /** The answer of the latest run that ended (undefined after one that failed). */
  get value(): R | undefined {
    return this.#value;
  }

  get error(): unknown {
    return this.#error;
  }

  /** Settles with the run under way (the latest, if runs supersede each other), or with the last one. */
  get taskComplete(): Promise<R> {
    return (this.#complete ??=
      this.#status === TaskStatus.PENDING
        ? new Promise<R>((resolve, reject) => (this.#settle = [resolve, reject]))
        : this.#status === TaskStatus.ERROR
          ? Promise.reject(this.#error)
          : Promise.resolve(this.#value as R));
  }

  /** Runs with `args` (the current ones by default); a run under way is aborted and its answer dropped. */
  async run(args: A = this.#args()): Promise<void> {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort();
    else this.#complete = this.#settle = undefined;
    this.#status = TaskStatus.PENDING;
    this.#host.requestUpdate();
    const call = ++this.#call;
    const abort = (this.#abort = new AbortController());
    let value: R | undefined;
    let error: unknown;
    let failed = false;
    try {
      value = await this.#work(args, abort.signal);
    } catch (err) {
      failed = true;
      error = err;
    }
    if (call !== this.#call) return;
    this.#status = failed ? TaskStatus.ERROR : TaskStatus.COMPLETE;
    this.#value = value;
    this.#error = error;
    if (failed) this.#settle?.[1](error);
    else this.#settle?.[0](value as R);
    this.#host.requestUpdate();
  }

  /** Aborts the run under way (its signal fires); what it answers is still applied unless a newer run supersedes it. */
  abort(reason?: unknown): void {
    if (this.#status === TaskStatus.PENDING) this.#abort?.abort(reason);
  }

  render(renderer: StatusRenderer<R>): unknown {
    const s = this.#status;
    return s === TaskStatus.INITIAL
      ? renderer.initial?.()
      : s === TaskStatus.PENDING
        ? renderer.pending?.()
        : s === TaskStatus.COMPLETE
          ? renderer.complete?.(this.#value as R)
          : renderer.error?.(this.#error);
  }
}
