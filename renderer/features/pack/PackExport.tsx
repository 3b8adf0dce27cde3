import { useEffect, useRef } from 'react';
import type { Project } from '../../../src/model/project';
import type { Version } from '../../../src/model/sign-off';
import type { ExportRecord } from '../../../src/history/export-event';
import { api } from '../../api/client';
import { formatDay } from '../../i18n/format-day';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Spinner } from '../../ui/Spinner';
import { ExportSuccess } from '../export/ExportSuccess';
import { suggestExportPath } from '../files/suggest-export-path';
import { basename } from '../files/file-path';
import { useFilePicker } from '../files/use-file-picker';
import { useFileWrite } from '../files/use-file-write';

interface PackExportProps {
  project: Project;
  projectPath: string | null;
  /** A signed-off version of the project: only those have an evidence pack. */
  version: Version;
  /** Told of each pack written, for the audit trail. */
  onExported(records: readonly ExportRecord[]): void;
}

/**
 * « Exporter le dossier de preuve… » for one signed-off version: chooses a file as the other
 * exports do, then has the core write the ZIP (docs/evidence-pack.md) there.
 */
export function PackExport({ project, projectPath, version, onExported }: PackExportProps) {
  const { t, locale } = useI18n();
  const picker = useFilePicker();
  const { phase, write, reset } = useFileWrite();
  const writing = phase.name === 'writing';
  const status = useRef<HTMLDivElement>(null);

  // The outcome shows under the button, which may sit at the bottom of a scrolled form.
  useEffect(() => {
    if (phase.name === 'done' || phase.name === 'failed')
      status.current?.scrollIntoView({ block: 'nearest' });
  }, [phase.name]);

  const exportPack = async () => {
    const chosen = await picker.chooseSavePath({
      suggestedPath: suggestExportPath(
        projectPath,
        t('pack.fileName', { version: version.number }),
        'zip',
      ),
      extension: 'zip',
      title: t('pack.choosePath', { version: version.number }),
    });
    if (!chosen) return;
    const result = await write(
      (overwrite) =>
        api.call('pack.write', {
          project,
          version: version.number,
          path: chosen.path,
          overwrite,
        }),
      chosen.path,
      chosen.replaceConfirmed,
    );
    if (result) {
      onExported([
        {
          type: 'pack-exported',
          version: version.number,
          fileName: basename(result.path),
        },
      ]);
    }
  };

  return (
    <section className="pack-export" aria-labelledby={`pack-export-${version.number}`}>
      <h3 id={`pack-export-${version.number}`} className="pack-export__title">
        {t('pack.title')}
      </h3>
      <p className="field__help">
        {t('pack.help', {
          version: version.number,
          // The day in UTC, as the pack's README and the version's PDF give it.
          date: formatDay(version.createdAt.slice(0, 10), locale),
        })}
      </p>
      <button
        type="button"
        className="button"
        disabled={writing}
        aria-busy={writing || undefined}
        onClick={() => void exportPack()}
      >
        {writing && <Spinner />}
        {writing ? t('pack.writing') : t('pack.submit')}
      </button>
      <div ref={status} className="pack-export__status" role="status">
        {phase.name === 'done' && <ExportSuccess path={phase.path} bytes={phase.bytes} />}
        {phase.name === 'failed' && (
          <ErrorBanner title={t('pack.failed')} error={phase.error} onDismiss={() => reset()} />
        )}
      </div>
    </section>
  );
}
