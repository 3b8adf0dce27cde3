/**
 * Whether a process with this id runs on this machine. Signal 0 checks without sending anything;
 * EPERM means it runs under another user. A recycled pid reads as running: callers only use the
 * answer to keep something, never to take it away from a live process.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
