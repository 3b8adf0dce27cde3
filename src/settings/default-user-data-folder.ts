import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where every host keeps settings and recent files (Electron's userData is set to it too). */
export function defaultUserDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.CHARTER_DATA_DIR) return env.CHARTER_DATA_DIR;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'charter-studio');
  if (platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'charter-studio');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'charter-studio');
}
