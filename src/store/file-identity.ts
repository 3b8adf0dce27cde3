import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { FileIdentity } from '../model/file-identity';

export function identityOf(bytes: Uint8Array, modifiedMs: number): FileIdentity {
  return {
    modifiedAt: new Date(modifiedMs).toISOString(),
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The file's bytes and identity; null when there is no such file. */
export async function readWithIdentity(
  path: string,
): Promise<{ bytes: Buffer; identity: FileIdentity } | null> {
  try {
    const [before, bytes] = [await stat(path), await readFile(path)];
    return { bytes, identity: identityOf(bytes, before.mtimeMs) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function sameContent(a: FileIdentity, b: FileIdentity): boolean {
  return a.size === b.size && a.sha256 === b.sha256;
}
