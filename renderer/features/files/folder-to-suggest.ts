import { api } from '../../api/client';
import { lastFolder, rememberFolderOf } from './last-folder';

/** The last folder used here, else the folder of the most recent file, else nothing. */
export async function folderToSuggest(): Promise<string> {
  const remembered = lastFolder();
  if (remembered) return remembered;
  try {
    const [recent] = await api.call('recent.list', {});
    if (recent) {
      rememberFolderOf(recent.path);
      return lastFolder();
    }
  } catch {
    // No recent files to learn from: the user types the whole path.
  }
  return '';
}
