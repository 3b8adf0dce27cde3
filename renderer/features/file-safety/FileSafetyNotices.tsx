import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { OpenElsewhereNotice } from './OpenElsewhereNotice';
import type { DiskGuardState } from './use-disk-guard';

/** The editor's banners about its file: open elsewhere, or a reload that failed. */
export function FileSafetyNotices({ guard }: { guard: DiskGuardState }) {
  const t = useT();
  return (
    <>
      {guard.lock.openElsewhere && (
        <div className="editor__banner">
          <OpenElsewhereNotice owner={guard.lock.openElsewhere} onDismiss={guard.lock.dismiss} />
        </div>
      )}
      {guard.reloadFailure !== null && (
        <div className="editor__banner">
          <ErrorBanner
            title={t('fileSafety.reload.failed')}
            error={guard.reloadFailure}
            onDismiss={guard.dismissReloadFailure}
          />
        </div>
      )}
    </>
  );
}
