import { useEffect, useState } from 'react';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';

type Preview =
  { status: 'loading' } | { status: 'ready'; html: string } | { status: 'failed'; error: unknown };

/**
 * The exported document as the core renders it. It runs in a sandbox with no permissions at all
 * (no scripts, no same-origin access): it can only be looked at.
 */
export function ExportPreview({ project }: { project: Project }) {
  const t = useT();
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api.call('export.preview', { project }).then(
      ({ html }) => live && setPreview({ status: 'ready', html }),
      (error: unknown) => live && setPreview({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [project]);

  return (
    <div className="export-preview">
      <p className="export-preview__caption" id="export-preview-caption">
        {t('export.preview.caption')}
      </p>
      <div className="export-preview__frame">
        {preview.status === 'loading' && (
          <p className="export-preview__message muted" role="status">
            <Spinner />
            {t('export.preview.loading')}
          </p>
        )}
        {preview.status === 'failed' && (
          <div className="export-preview__message">
            <ErrorBanner title={t('export.preview.failed')} error={preview.error} />
          </div>
        )}
        {preview.status === 'ready' && (
          <iframe
            className="export-preview__iframe"
            title={t('export.preview.title')}
            sandbox=""
            srcDoc={preview.html}
            aria-describedby="export-preview-caption"
          />
        )}
      </div>
    </div>
  );
}
