import { api } from '../../api/client';
import { useHost } from '../../app/use-host';
import { useT } from '../../i18n/use-t';
import { FolderIcon } from '../../ui/icons';

/** On the desktop, a way to a file just written in the file manager; nothing in a browser. */
export function ShowInFolderButton({ path }: { path: string }) {
  const t = useT();
  const host = useHost();
  if (!host.nativeDialogs) return null;
  return (
    <button
      type="button"
      className="button button--small"
      // Nothing to report if it fails: the file is named beside the button.
      onClick={() => void api.call('files.showInFolder', { path }).catch(() => undefined)}
    >
      <FolderIcon />
      {t('export.showInFolder')}
    </button>
  );
}
