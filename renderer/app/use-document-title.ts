import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

/** The window title: "<what> — Charter Studio", or the app name alone. */
export function useDocumentTitle(what?: string): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = what ? `${what} — ${appName}` : appName;
  }, [what, appName]);
}
