import type { Project } from '../../../src/model/project';
import type { FeedbackSummaryFormat } from '../../../src/review/feedback-summary-format';
import { api } from '../../api/client';
import { useT } from '../../i18n/use-t';
import { FileExport } from '../files/FileExport';

const FORMATS: readonly FeedbackSummaryFormat[] = ['md', 'yaml'];

interface SummaryExportProps {
  project: Project;
  projectPath: string | null;
}

/** The feedback summary, as Markdown or YAML, where the user chooses. */
export function SummaryExport({ project, projectPath }: SummaryExportProps) {
  const t = useT();
  return (
    <FileExport
      formats={FORMATS}
      projectPath={projectPath}
      labels={{
        format: t('feedback.export.format'),
        option: (format) => t(`feedback.export.${format as FeedbackSummaryFormat}`),
        submit: t('feedback.export.submit'),
        choosePath: t('feedback.export.choosePath'),
        fileName: t('feedback.export.fileName'),
        failed: t('feedback.export.failed'),
      }}
      write={(format, path, overwrite) =>
        api.call('feedback.write', { project, format, path, overwrite })
      }
    />
  );
}
