import { useEffect, useState } from 'react';
import type { RequestOf } from '../../../src/api/contract';
import type { Project } from '../../../src/model/project';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';

/** A ready preview says what it was made of, so a newer choice shows it as stale. */
type Preview =
  | { status: 'loading' }
  | { status: 'ready'; html: string; project: Project; choicesKey: string }
  | { status: 'failed'; error: unknown };

/** The text and options of the export, as the preview shows them. */
export type PreviewChoices = Omit<RequestOf<'export.preview'>, 'project'>;

interface ExportPreviewProps {
  project: Project;
  choices: PreviewChoices;
}

/**
 * The exported document as the core renders it. It runs in a sandbox with no permissions at all
 * (no scripts, no same-origin access): it can only be looked at.
 */
export function ExportPreview({ project, choices }: ExportPreviewProps) {
  const t = useT();
  const [preview, setPreview] = useState<Preview>({ status: 'loading' });
  // The choices are a new object each render: compare what they say.
  const choicesKey = JSON.stringify(choices);

  useEffect(() => {
    let live = true;
    const request = { project, ...(JSON.parse(choicesKey) as PreviewChoices) };
    api.call('export.preview', request).then(
      ({ html }) => live && setPreview({ status: 'ready', html, project, choicesKey }),
      (error: unknown) => live && setPreview({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [project, choicesKey]);
  // The last preview stays in view, dimmed, rather than flashing empty at every choice.
  const stale =
    preview.status === 'ready' &&
    (preview.project !== project || preview.choicesKey !== choicesKey);

  return (
    <div className="export-preview">
      <p className="export-preview__caption" id="export-preview-caption">
        {t('export.preview.caption')}
      </p>
      <div className="export-preview__frame" aria-busy={preview.status === 'loading' || stale}>
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
            className={`export-preview__iframe${stale ? ' export-preview__iframe--stale' : ''}`}
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
