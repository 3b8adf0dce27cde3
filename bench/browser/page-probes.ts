/**
 * Code that runs inside the app's page. Playwright sends each function as source text, so none
 * may use anything from outside its own body.
 */

export interface LongTask {
  start: number;
  duration: number;
}

interface BenchProbe {
  /** `event.timeStamp` of the last click: the start of an action the user waits for. */
  lastClick: number;
  longTasks: LongTask[];
  /** Key event to the first frame painted after it, in ms, one per keystroke. */
  keystrokes: number[];
  /** Whether the keydown listener is in: once, however many typings a page measures. */
  watching: boolean;
}

declare global {
  interface Window {
    benchProbe?: BenchProbe;
  }
}

/** Installed before the app's scripts: records clicks and every main-thread task over 50 ms. */
export function installProbe(): void {
  const probe: BenchProbe = { lastClick: 0, longTasks: [], keystrokes: [], watching: false };
  window.benchProbe = probe;
  window.addEventListener('click', (event) => (probe.lastClick = event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Milliseconds from the last click to an editor the user can type in: a clause text box is on
 * screen and the main thread then stays free of long tasks for `quietMs` (the time-to-interactive
 * rule). The clock stops at the later of the first frame showing the editor and the end of the
 * last long task.
 */
export async function timeToInteractive(quietMs: number): Promise<number> {
  const probe = window.benchProbe;
  if (!probe) throw new Error('The bench probe is not installed.');
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let shown = await nextFrame();
  while (!document.querySelector('.editor .ProseMirror[contenteditable="true"]')) {
    shown = await nextFrame();
  }
  shown = performance.now();
  for (;;) {
    const ends = probe.longTasks.map((task) => task.start + task.duration);
    const busyUntil = Math.max(shown, ...ends);
    const quietFor = performance.now() - busyUntil;
    if (quietFor >= quietMs) return busyUntil - probe.lastClick;
    await sleep(quietMs - quietFor);
  }
}

/** From now on, each key pressed records its time to the next painted frame. */
export function watchKeystrokes(): number {
  const probe = window.benchProbe;
  if (!probe) throw new Error('The bench probe is not installed.');
  probe.keystrokes = [];
  if (probe.watching) return performance.now();
  probe.watching = true;
  window.addEventListener(
    'keydown',
    (event) => {
      const pressed = event.timeStamp;
      // The text changes in this key's own task; the frame after it paints the change, and a
      // message posted from its animation callback runs once that frame is done.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => probe.keystrokes.push(performance.now() - pressed);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  return performance.now();
}

export interface TypingRecord {
  keystrokes: number[];
  longTasks: LongTask[];
}

/** The keystroke latencies and the long tasks since `since`, once `count` keystrokes are in. */
export async function typingRecord({
  since,
  count,
}: {
  since: number;
  count: number;
}): Promise<TypingRecord> {
  const probe = window.benchProbe;
  if (!probe) throw new Error('The bench probe is not installed.');
  while (probe.keystrokes.length < count) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    keystrokes: probe.keystrokes,
    longTasks: probe.longTasks.filter((task) => task.start >= since),
  };
}
