import { useId, useState } from 'react';
import type { Project } from '../../../src/model/project';
import type { FeedbackSummaryFormat } from '../../../src/review/feedback-summary-format';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { ExportSuccess } from '../export/ExportSuccess';
import { useFilePicker } from '../files/use-file-picker';
import { useFileWrite } from '../files/use-file-write';
import { suggestSummaryPath } from './suggest-summary-path';

const FORMATS: readonly FeedbackSummaryFormat[] = ['md', 'yaml'];

interface SummaryExportProps {
  project: Project;
  projectPath: string | null;
}

/** Chooses a file as the export dialog does, then has the core write the summary there. */
export function SummaryExport({ project, projectPath }: SummaryExportProps) {
  const t = useT();
  const formatId = useId();
  const picker = useFilePicker();
  const [format, setFormat] = useState<FeedbackSummaryFormat>('md');
  const { phase, write, reset } = useFileWrite();
  const writing = phase.name === 'writing';

  const exportSummary = async () => {
    const chosen = await picker.chooseSavePath({
      suggestedPath: suggestSummaryPath(projectPath, t('feedback.export.fileName'), format),
      extension: format,
      title: t('feedback.export.choosePath'),
    });
    if (!chosen) return;
    await write(
      (overwrite) => api.call('feedback.write', { project, format, path: chosen.path, overwrite }),
      chosen.path,
      chosen.replaceConfirmed,
    );
  };

  return (
    <div className="summary-export">
      <div className="summary-export__status" role="status">
        {phase.name === 'done' && <ExportSuccess path={phase.path} bytes={phase.bytes} />}
        {phase.name === 'failed' && (
          <ErrorBanner
            title={t('feedback.export.failed')}
            error={phase.error}
            onDismiss={() => reset()}
          />
        )}
      </div>
      <label className="summary-export__format" htmlFor={formatId}>
        <span>{t('feedback.export.format')}</span>
        <select
          id={formatId}
          className="input select select--compact"
          value={format}
          disabled={writing}
          onChange={(event) => {
            setFormat(event.target.value as FeedbackSummaryFormat);
            reset();
          }}
        >
          {FORMATS.map((option) => (
            <option key={option} value={option}>
              {t(`feedback.export.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={writing}
        aria-busy={writing || undefined}
        onClick={() => void exportSummary()}
      >
        {writing && <Spinner />}
        {t('feedback.export.submit')}
      </button>
    </div>
  );
}
