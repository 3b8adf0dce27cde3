import * as fs from 'node:fs/promises';
import type { AtomicWriteFs } from '../write-file-atomic';

type HandleCall = 'write' | 'sync' | 'close';

/** An error as Node reports it for a failing disk: a message and an errno code. */
export function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/** The real file system, except that `method` fails with `code` for the calls `when` picks. */
export function failingCall<K extends keyof AtomicWriteFs>(
  method: K,
  code: string,
  when: (...args: Parameters<AtomicWriteFs[K]>) => boolean = () => true,
): AtomicWriteFs {
  const real = fs[method] as (...args: Parameters<AtomicWriteFs[K]>) => unknown;
  const faulty = (...args: Parameters<AtomicWriteFs[K]>) =>
    when(...args) ? Promise.reject(errnoError(code)) : real(...args);
  return { ...fs, [method]: faulty };
}

/** The real file system, except that handles opened on `fileSystem` misbehave on one call. */
export function faultyHandles(
  call: HandleCall,
  misbehave: (handle: fs.FileHandle) => (...args: never[]) => Promise<unknown>,
  fileSystem: AtomicWriteFs = fs,
): AtomicWriteFs {
  return {
    ...fileSystem,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fileSystem.open(...args);
      const replacement = misbehave(handle);
      return new Proxy(handle, {
        get: (target, key) => {
          if (key === call) return replacement;
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
  };
}

/** Handles whose `call` fails with `code`, as a disk failing mid-write or at fsync does. */
export function failingHandleCall(call: HandleCall, code: string): AtomicWriteFs {
  return faultyHandles(call, (handle) => async () => {
    // A failed close still releases the descriptor: only the report is an error.
    if (call === 'close') await handle.close();
    throw errnoError(code);
  });
}

/** A disk that accepts `budget` bytes and then nothing more, as a nearly full disk does. */
export function shortWrites(budget: number): AtomicWriteFs {
  return faultyHandles('write', (handle) => {
    let left = budget;
    return (buffer: Uint8Array, offset: number, length: number) => {
      const allowed = Math.min(length, left);
      left -= allowed;
      return handle.write(buffer, offset, allowed);
    };
  });
}

/** A disk that acknowledges every write but gives back other bytes: the read-back must catch it. */
export function corruptedReadBack(): AtomicWriteFs {
  return {
    ...fs,
    readFile: (async (...args: Parameters<typeof fs.readFile>) => {
      const bytes = Buffer.from((await fs.readFile(...args)) as Buffer);
      const last = bytes.length - 1;
      if (last >= 0) bytes.writeUInt8(bytes.readUInt8(last) ^ 0xff, last);
      return bytes;
    }) as typeof fs.readFile,
  };
}
