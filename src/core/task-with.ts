/**
 * What a task shown `with` others (see `TaiwaTaskConfig.with`) needs: the wait for them. A module
 * that uses `with` imports this one, which hands the wait to task-host.ts: the elements whose tasks
 * never wait do not carry it, and the one that does has it before its content.
 */
import { registerAlongside, type RunningTask } from './task-host.js';

/** What ends a wait for the tasks one is shown `with`: the user turning to the element. */
const USER_TURNS = ['focusin', 'pointerdown', 'keydown'] as const;

/** Tasks whose run ended and now wait for the tasks they are shown `with` (one set for the page: tasks are unique). */
const waiting = new WeakSet<RunningTask>();

/**
 * Waits (never throws) for those of `others` still running, so both answers apply in one update;
 * at once when the user is in `host` already (what is in shows now), and as soon as they turn to it.
 * Two tasks may name each other: the one that ends first waits, the other never waits for a task already waiting.
 * A focus() while the page itself lacks focus moves `activeElement` without a `focusin`; the browser
 * sends that `focusin` when the page gets focus, which is when a user can turn to the element.
 */
async function alongside(task: RunningTask, others: readonly RunningTask[], host: HTMLElement, pending: number): Promise<void> {
  const running = others.filter((t) => t !== task && t.status === pending && !waiting.has(t));
  if (running.length === 0 || host.shadowRoot?.activeElement || host.contains(document.activeElement)) return;
  waiting.add(task);
  let stop = () => {};
  const turnedTo = new Promise<void>((resolve) => {
    stop = () => {
      for (const type of USER_TURNS) host.removeEventListener(type, stop, true);
      resolve();
    };
    for (const type of USER_TURNS) host.addEventListener(type, stop, true);
  });
  await Promise.race([Promise.allSettled(running.map((t) => t.taskComplete)), turnedTo]);
  stop();
  waiting.delete(task);
}

registerAlongside(alongside);
