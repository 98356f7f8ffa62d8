import { expect } from '@open-wc/testing';
import { Task, TaskStatus } from '../../src/core/task.js';

const host = () => {
  const h = { updates: 0, requestUpdate: () => void h.updates++, addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  return h;
};
const deferred = <T,>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};

describe('Task (core/task.ts)', () => {
  it('runs with the current args, and its taskComplete settles with the latest run only', async () => {
    const h = host();
    const runs: { args: readonly [number]; signal: AbortSignal; answer: ReturnType<typeof deferred<string>> }[] = [];
    let arg = 1;
    const task = new Task<readonly [number], string>(
      h,
      (args, signal) => {
        const answer = deferred<string>();
        runs.push({ args, signal, answer });
        return answer.promise;
      },
      () => [arg] as const,
    );
    expect(task.status).to.equal(TaskStatus.INITIAL);
    void task.run();
    const complete = task.taskComplete;
    arg = 2;
    void task.run();
    expect(runs.map((r) => r.args[0])).to.deep.equal([1, 2]);
    expect(runs[0]!.signal.aborted, 'the superseded run is aborted').to.equal(true);
    expect(task.status).to.equal(TaskStatus.PENDING);
    runs[0]!.answer.resolve('old');
    runs[1]!.answer.resolve('new');
    expect(await complete).to.equal('new');
    expect(task.value).to.equal('new');
    expect(task.status).to.equal(TaskStatus.COMPLETE);
    expect(task.render({ complete: (v) => `done ${v}` })).to.equal('done new');
    expect(h.updates).to.be.greaterThan(2);
  });

  it('reports a failure through status, error, taskComplete and render, and aborts on request', async () => {
    const task = new Task<readonly [], string>(host(), (_args, signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')))), () => [] as const);
    void task.run();
    const complete = task.taskComplete;
    task.abort();
    const error = await complete.then(() => undefined, (e: Error) => e);
    expect(error?.message).to.equal('stopped');
    expect(task.status).to.equal(TaskStatus.ERROR);
    expect(task.render({ error: (e) => (e as Error).message })).to.equal('stopped');
    expect(await task.taskComplete.catch((e: Error) => e.message)).to.equal('stopped');
  });
});
