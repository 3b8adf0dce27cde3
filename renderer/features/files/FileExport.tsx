import { useId, useState } from 'react';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { ExportSuccess } from '../export/ExportSuccess';
import { suggestExportPath } from './suggest-export-path';
import { useFilePicker } from './use-file-picker';
import { useFileWrite } from './use-file-write';

/** The words of one file export, already translated. */
export interface FileExportLabels {
  format: string;
  option(format: string): string;
  submit: string;
  choosePath: string;
  /** The suggested file's name, without its extension. */
  fileName: string;
  failed: string;
}

interface FileExportProps<Format extends string> {
  formats: readonly Format[];
  labels: FileExportLabels;
  projectPath: string | null;
  /** Has the core write the file; refused when it exists unless `overwrite`. */
  write(format: Format, path: string, overwrite: boolean): Promise<{ path: string; bytes: number }>;
}

/**
 * A format, and « Exporter… »: chooses a file as the export dialog does (its extension the
 * format's id), then has the core write it there, with the outcome beside the button.
 */
export function FileExport<Format extends string>({
  formats,
  labels,
  projectPath,
  write: writeFile,
}: FileExportProps<Format>) {
  const formatId = useId();
  const picker = useFilePicker();
  const [format, setFormat] = useState<Format>(formats[0] as Format);
  const { phase, write, reset } = useFileWrite();
  const writing = phase.name === 'writing';

  const exportFile = async () => {
    const chosen = await picker.chooseSavePath({
      suggestedPath: suggestExportPath(projectPath, labels.fileName, format),
      extension: format,
      title: labels.choosePath,
    });
    if (!chosen) return;
    await write(
      (overwrite) => writeFile(format, chosen.path, overwrite),
      chosen.path,
      chosen.replaceConfirmed,
    );
  };

  return (
    <div className="file-export">
      <div className="file-export__status" role="status">
        {phase.name === 'done' && <ExportSuccess path={phase.path} bytes={phase.bytes} />}
        {phase.name === 'failed' && (
          <ErrorBanner title={labels.failed} error={phase.error} onDismiss={() => reset()} />
        )}
      </div>
      <label className="file-export__format" htmlFor={formatId}>
        <span>{labels.format}</span>
        <select
          id={formatId}
          className="input select select--compact"
          value={format}
          disabled={writing}
          onChange={(event) => {
            setFormat(event.target.value as Format);
            reset();
          }}
        >
          {formats.map((option) => (
            <option key={option} value={option}>
              {labels.option(option)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        disabled={writing}
        aria-busy={writing || undefined}
        onClick={() => void exportFile()}
      >
        {writing && <Spinner />}
        {labels.submit}
      </button>
    </div>
  );
}
