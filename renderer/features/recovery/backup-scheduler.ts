/** A backup this long after the last keystroke, when typing pauses. */
export const QUIET_MS = 250;
/** However fast the typing goes on, a backup no later than this after the first unsaved edit. */
export const MAX_WAIT_MS = 500;
/** The idle callback runs within this even when the page is never idle. */
export const IDLE_TIMEOUT_MS = 150;

export interface SchedulerClock {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Runs when the page is idle, or after `timeout` at the latest. */
  whenIdle(run: () => void, timeout: number): () => void;
}

/**
 * Decides when unsaved work is backed up: after a short pause in the typing, or once
 * MAX_WAIT_MS have passed since the first edit not yet backed up, then in an idle moment, so
 * that the copy and the message it sends never sit between two keystrokes. Worst case, the last
 * edit reaches the backup within MAX_WAIT_MS + IDLE_TIMEOUT_MS (650 ms): less than a second.
 */
export class BackupScheduler {
  private firstPendingAt: number | null = null;
  private timer: number | null = null;
  private cancelIdle: (() => void) | null = null;

  constructor(
    private readonly backup: () => void,
    private readonly clock: SchedulerClock,
  ) {}

  /** Called on every edit: cheap, nothing but a timer moved. */
  edited(): void {
    const now = this.clock.now();
    this.firstPendingAt ??= now;
    if (this.cancelIdle) return;
    const due = Math.min(now + QUIET_MS, this.firstPendingAt + MAX_WAIT_MS);
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.whenIdle(), Math.max(0, due - now));
  }

  /** Nothing to back up any more (saved, discarded, closed). */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.cancelIdle?.();
    this.timer = null;
    this.cancelIdle = null;
    this.firstPendingAt = null;
  }

  private whenIdle(): void {
    this.timer = null;
    this.cancelIdle = this.clock.whenIdle(() => {
      this.cancelIdle = null;
      this.firstPendingAt = null;
      this.backup();
    }, IDLE_TIMEOUT_MS);
  }
}

/** The browser's clock and idle callbacks. */
export const browserClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  whenIdle: (run, timeout) => {
    const id = window.requestIdleCallback(run, { timeout });
    return () => window.cancelIdleCallback(id);
  },
};
