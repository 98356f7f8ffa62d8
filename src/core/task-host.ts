import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from './task.js';
import { toError } from '../model/data-error.js';

/** One async load or submit of a widget (see `TaiwaElement.task`). */
export interface TaiwaTaskConfig<A extends readonly unknown[], R> {
  /** What the work depends on; it runs again (aborting the run before) whenever one of them changes. */
  args: () => A;
  /** The work. `signal` aborts once newer args supersede this run; pass it on where work can stop. */
  run: (args: A, signal: AbortSignal) => Promise<R>;
  /**
   * Takes the answer of the latest run (a superseded run never gets here) and returns the data errors
   * to show with it. What `run` throws is shown instead.
   */
  apply?: (value: R) => readonly Error[] | void;
  /**
   * Optional: args for which there is nothing to do (no adapter, no session). The task then does not
   * run at all, so a widget given only properties renders once instead of once more per idle task.
   */
  skip?: (args: A) => boolean;
  /**
   * Optional: tasks whose answers this one's is shown with (a draft with the records it fills in).
   * A run that ends while one of them is still running waits for it before its answer is applied,
   * so the element renders both in one pass, however long either takes; the loading state shows
   * meanwhile. The user turning to the element (focus, pointer, key) ends the wait, so what they act
   * on holds the answer already in (a draft is never typed over unseen). Two tasks may name each
   * other: the one that ends first waits, the other never waits for a task already waiting.
   * The wait is src/core/task-with.ts: a module that uses `with` imports it (without it, each
   * answer applies as it comes).
   */
  with?: () => readonly RunningTask[];
}

/** What `with` needs of a task: whether it runs, and its completion. */
export type RunningTask = Pick<Task<readonly unknown[], unknown>, 'status' | 'taskComplete'>;

type AnyTask = Task<readonly unknown[], unknown>;

type SetErrors = (key: unknown, errors: readonly Error[]) => void;

type Alongside = (task: RunningTask, others: readonly RunningTask[], host: HTMLElement, pending: number) => Promise<void>;
let alongsideOf: Alongside | undefined;

/**
 * Called by task-with.ts, which an element whose tasks are shown `with` others imports: the wait
 * comes with that element, and the elements whose tasks never wait do not carry it.
 */
export function registerAlongside(wait: Alongside): void {
  alongsideOf = wait;
}

/**
 * The async work of one element: its tasks and the promises handed to `waitFor`. The element asks
 * it what is under way (to hold an update, to extend `updateComplete`, to show loading).
 */
export class TaskHost {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #setErrors: SetErrors;
  readonly #tasks = new Set<AnyTask>();
  readonly #pending = new Set<Promise<unknown>>();

  constructor(host: ReactiveControllerHost & HTMLElement, setErrors: SetErrors) {
    this.#host = host;
    this.#setErrors = setErrors;
  }

  /** True while any task runs. */
  get running(): boolean {
    return [...this.#tasks].some((t) => t.status === TaskStatus.PENDING);
  }

  /** True while a task runs or work given to `waitFor` is under way. */
  get working(): boolean {
    return this.#pending.size > 0 || this.running;
  }

  /** Everything under way now: the running tasks' completions and the work given to `waitFor`. */
  underWay(): Promise<unknown>[] {
    const running = [...this.#tasks].filter((t) => t.status === TaskStatus.PENDING).map((t) => t.taskComplete);
    return [...this.#pending, ...running];
  }

  /** Makes `work` part of what is under way until it settles. */
  waitFor<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * A Lit `Task` of the host: it runs whenever `args` change (after `willUpdate`), aborts the run
   * it supersedes and applies only the latest answer. Errors (thrown, or returned by `apply`) are
   * set under the task until its next answer.
   */
  task<const A extends readonly unknown[], R>(config: TaiwaTaskConfig<A, R>): Task<A, R> {
    const setErrors = this.#setErrors;
    // Only the latest run (or skip) may apply: Task's abort() does not supersede a run in flight,
    // and most runs cannot stop their adapter work, so each run checks its generation itself.
    let generation = 0;
    const task: Task<A, R> = new Task<A, R>(
      this.#host,
      async (args, signal) => {
        const mine = ++generation;
        // An error that can pass by itself (another tab blocking an upgrade, `until`): the run is
        // tried again once it did, so the widget carries on without a reload.
        const again = (errors: readonly Error[]) => {
          const until = errors.map((e) => (e as { until?: unknown }).until).find((u): u is Promise<unknown> => u instanceof Promise);
          void until?.finally(() => {
            if (mine === generation) void task.run();
          });
        };
        // What it is shown with, still running: waited for (never throws), so both apply in one update.
        const alongside = async () => {
          const others = config.with?.();
          if (others) await alongsideOf?.(task as unknown as RunningTask, others, this.#host, TaskStatus.PENDING);
        };
        try {
          let value: R;
          try {
            value = await config.run(args, signal);
          } finally {
            await alongside();
          }
          if (mine === generation) {
            let errors: readonly Error[];
            try {
              errors = config.apply?.(value) ?? [];
            } catch (err) {
              errors = [toError(err)];
            }
            setErrors(task, errors);
            again(errors);
          }
          return value;
        } catch (err) {
          if (mine === generation) {
            setErrors(task, [toError(err)]);
            again([toError(err)]);
          }
          throw err;
        }
      },
      config.args,
    );
    // Runs when the args change (as Task's own autoRun would), unless there is nothing to do.
    let last: A | undefined;
    this.#host.addController({
      hostUpdate: () => {
        const args = config.args();
        if (last && args.length === last.length && args.every((a, i) => Object.is(a, last![i]))) return;
        last = args;
        if (config.skip?.(args)) {
          generation++;
          task.abort();
          setErrors(task, []);
        } else void task.run(args);
      },
    });
    this.#tasks.add(task as unknown as AnyTask);
    return task;
  }
}
