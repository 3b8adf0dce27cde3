import { describe, expect, it } from 'vitest';
import { SaveQueue } from './save-queue';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** A save that records when it starts and ends only when the test says so. */
function controlledSaves() {
  const started: string[] = [];
  const pending: ReturnType<typeof deferred<string>>[] = [];
  const save = (label: string) => () => {
    started.push(label);
    const next = deferred<string>();
    pending.push(next);
    return next.promise;
  };
  return { started, pending, save };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SaveQueue', () => {
  it('runs a save at once when none is running', async () => {
    const queue = new SaveQueue<string>();
    const { started, pending, save } = controlledSaves();
    const first = queue.run(save('first'));
    await settle();
    expect(started).toEqual(['first']);
    pending[0]?.resolve('done');
    await expect(first).resolves.toBe('done');
  });

  it('runs a save asked for during another once that one has ended', async () => {
    const queue = new SaveQueue<string>();
    const { started, pending, save } = controlledSaves();
    const first = queue.run(save('first'));
    const second = queue.run(save('second'));
    await settle();
    expect(started).toEqual(['first']);
    pending[0]?.resolve('first done');
    await expect(first).resolves.toBe('first done');
    await settle();
    expect(started).toEqual(['first', 'second']);
    pending[1]?.resolve('second done');
    await expect(second).resolves.toBe('second done');
  });

  it('runs one follow-up for a burst of requests, and they all get its result', async () => {
    const queue = new SaveQueue<string>();
    const { started, pending, save } = controlledSaves();
    void queue.run(save('first'));
    const second = queue.run(save('second'));
    const third = queue.run(save('third'));
    pending[0]?.resolve('first done');
    await settle();
    pending[1]?.resolve('follow-up done');
    await expect(second).resolves.toBe('follow-up done');
    await expect(third).resolves.toBe('follow-up done');
    expect(started).toEqual(['first', 'second']);
  });

  it('still runs the follow-up when the save before it failed', async () => {
    const queue = new SaveQueue<string>();
    const { started, pending, save } = controlledSaves();
    const first = queue.run(save('first'));
    const second = queue.run(save('second'));
    pending[0]?.reject(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    await settle();
    pending[1]?.resolve('second done');
    await expect(second).resolves.toBe('second done');
    expect(started).toEqual(['first', 'second']);
  });

  it('queues again when asked during the follow-up', async () => {
    const queue = new SaveQueue<string>();
    const { started, pending, save } = controlledSaves();
    void queue.run(save('first'));
    void queue.run(save('second'));
    pending[0]?.resolve('first done');
    await settle();
    const third = queue.run(save('third'));
    pending[1]?.resolve('second done');
    await settle();
    expect(started).toEqual(['first', 'second', 'third']);
    pending[2]?.resolve('third done');
    await expect(third).resolves.toBe('third done');
  });

  it('is idle again after a save, failed or not', async () => {
    const queue = new SaveQueue<string>();
    await expect(queue.run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(queue.run(() => Promise.resolve('yes'))).resolves.toBe('yes');
  });
});
