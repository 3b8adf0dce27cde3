import { access } from 'node:fs/promises';

/** A cheap early check, before slow work; the atomic write still refuses at the last moment. */
export async function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
