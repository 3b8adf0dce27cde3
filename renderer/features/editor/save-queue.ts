/**
 * Runs one save at a time. A save asked for while another runs is not dropped: it waits and runs
 * once that one has ended, so it writes the latest content. Requests made while one is already
 * waiting join it, so a burst of Ctrl+S costs one extra write, not one each.
 */
export class SaveQueue<T> {
  private running: Promise<T> | null = null;
  private waiting: Promise<T> | null = null;

  run(save: () => Promise<T>): Promise<T> {
    if (this.waiting) return this.waiting;
    if (!this.running) return this.start(save);
    const ended = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.waiting = ended.then(() => {
      this.waiting = null;
      return this.start(save);
    });
    return this.waiting;
  }

  private start(save: () => Promise<T>): Promise<T> {
    // Called now, not on a later tick: the save reads the content as it is when asked for.
    const running = (async () => save())().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}
