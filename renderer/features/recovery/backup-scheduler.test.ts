import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BackupScheduler,
  IDLE_TIMEOUT_MS,
  MAX_WAIT_MS,
  QUIET_MS,
  type SchedulerClock,
} from './backup-scheduler';

/** Fake timers; the page is never idle, so each idle callback waits its full timeout. */
const busyPage: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => Number(setTimeout(run, ms)),
  clearTimeout: (id) => clearTimeout(id),
  whenIdle: (run, timeout) => {
    const id = setTimeout(run, timeout);
    return () => clearTimeout(id);
  },
};

let backups: number[];
let scheduler: BackupScheduler;
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  backups = [];
  scheduler = new BackupScheduler(() => backups.push(Date.now()), busyPage);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Keystrokes every `every` ms for `during` ms, starting now. */
function typeFor(during: number, every: number): void {
  for (let elapsed = 0; elapsed <= during; elapsed += every) {
    scheduler.edited();
    vi.advanceTimersByTime(every);
  }
}

describe('backups of unsaved work', () => {
  it('come once typing pauses, within a second of the last keystroke', () => {
    scheduler.edited();
    vi.advanceTimersByTime(QUIET_MS + IDLE_TIMEOUT_MS);
    expect(backups).toEqual([QUIET_MS + IDLE_TIMEOUT_MS]);
    expect(backups[0]).toBeLessThan(1000);
  });

  it('keep coming during non-stop typing, never more than a second apart', () => {
    typeFor(5000, 50);
    vi.advanceTimersByTime(1000);
    const gaps = backups.map((at, index) => at - (backups[index - 1] ?? 0));
    expect(backups.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_WAIT_MS + IDLE_TIMEOUT_MS + 50);
    // The last keystroke (at 5000 ms) is in a backup within a second.
    expect(backups.at(-1)).toBeGreaterThanOrEqual(5000);
    expect(backups.at(-1)).toBeLessThan(6000);
  });

  it('are not made when the work was saved or discarded first', () => {
    scheduler.edited();
    vi.advanceTimersByTime(QUIET_MS + 10);
    scheduler.cancel();
    vi.advanceTimersByTime(5000);
    expect(backups).toEqual([]);
  });

  it('cost one backup for a burst of edits, not one each', () => {
    typeFor(200, 20);
    vi.advanceTimersByTime(2000);
    expect(backups.length).toBe(1);
  });
});
