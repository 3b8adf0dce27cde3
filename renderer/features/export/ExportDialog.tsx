import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMAT_OPTIONS,
  type ExportFormat,
} from '../../../src/api/contract';
import type { Project } from '../../../src/model/project';
import type { ExportRecord } from '../../../src/history/export-event';
import { currentVersionNumber } from '../../../src/export/current-version';
import { selectVersion } from '../../../src/signoff/select-version';
import { isFrozen } from '../../../src/signoff/version-number';
import { api } from '../../api/client';
import { useHost } from '../../app/use-host';
import { useI18n } from '../../i18n/use-i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FolderIcon } from '../../ui/icons';
import { Modal } from '../../ui/Modal';
import { Spinner } from '../../ui/Spinner';
import { basename, dirname, joinPath, withExtension } from '../files/file-path';
import { folderToSuggest } from '../files/folder-to-suggest';
import { useFilePicker } from '../files/use-file-picker';
import { useFileWrite, type WritePhase } from '../files/use-file-write';
import { PackExport } from '../pack/PackExport';
import {
  comparableVersions,
  exportableTexts,
  isLiveText,
  type ExportableText,
} from './exportable-texts';
import { ExportOptions, type ExportOptionValues } from './ExportOptions';
import { ExportPreview } from './ExportPreview';
import { ExportSuccess } from './ExportSuccess';
import { FormatPicker } from './FormatPicker';
import { suggestExportPath } from './suggest-export-path';
import { TextChoice } from './TextChoice';

interface ExportDialogProps {
  project: Project;
  projectPath: string | null;
  /** Told of each file written, for the audit trail. */
  onExported(record: ExportRecord): void;
  /** While an export runs out of sight, the user goes on typing; the dialog renders nothing. */
  hidden: boolean;
  onHide(): void;
  /** An export finished out of sight: its file, or its failure (shown by opening again). */
  onFinishedHidden(outcome: WritePhase): void;
  onClose(): void;
}

export function ExportDialog({
  project,
  projectPath,
  onExported,
  hidden,
  onHide,
  onFinishedHidden,
  onClose,
}: ExportDialogProps) {
  const { t } = useI18n();
  const host = useHost();
  const picker = useFilePicker();
  const pathId = useId();
  const texts = exportableTexts(project);
  const [chosenText, setChosenText] = useState(texts[0]);
  // The project may change while the dialog is open (a sign-off elsewhere): keep a text it has.
  const text = texts.find((candidate) => candidate.selector === chosenText?.selector) ?? texts[0];
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [options, setOptions] = useState<ExportOptionValues>({
    includeOwners: false,
    includeComments: false,
    changesSince: null,
  });
  const [path, setPath] = useState(() =>
    suggestExportPath(projectPath, t('files.defaultName'), EXPORT_EXTENSIONS.pdf),
  );
  const [replaceConfirmedFor, setReplaceConfirmedFor] = useState<string | null>(null);

  useEffect(() => {
    if (projectPath) return;
    let live = true;
    // A project never saved has no folder of its own: borrow the one of the latest file.
    void folderToSuggest().then((folder) => {
      if (!live || !folder) return;
      setPath((current) => (dirname(current) ? current : joinPath(folder, basename(current))));
    });
    return () => {
      live = false;
    };
  }, [projectPath]);
  const { phase, write, reset } = useFileWrite();
  const writing = phase.name === 'writing';
  useEffect(() => {
    if (hidden && (phase.name === 'done' || phase.name === 'failed')) onFinishedHidden(phase);
  }, [hidden, phase, onFinishedHidden]);
  if (hidden) return null;
  if (!text) throw new Error('A project always has a text to export');
  const live = isLiveText(project, text);
  const comparable = comparableVersions(project, text);
  // Only what the format honours, and what still applies to the chosen text.
  const offered = EXPORT_FORMAT_OPTIONS[format];
  const choices = {
    version: text.selector,
    includeOwners: offered.includes('includeOwners') && options.includeOwners,
    includeComments: offered.includes('includeComments') && live && options.includeComments,
    ...(offered.includes('changesSince') &&
    options.changesSince !== null &&
    comparable.includes(options.changesSince)
      ? { changesSince: options.changesSince }
      : {}),
  };
  const version = project.versions.find((candidate) => candidate.number === text.selector);

  const changeText = (next: ExportableText) => {
    setChosenText(next);
    // Changes since a version only make sense from a later text.
    setOptions((current) =>
      current.changesSince !== null && current.changesSince >= next.number
        ? { ...current, changesSince: null }
        : current,
    );
    reset();
  };

  const changeFormat = (next: ExportFormat) => {
    setFormat(next);
    if (path.trim()) setPath(withExtension(path.trim(), EXPORT_EXTENSIONS[next]));
    reset();
  };

  const choosePath = async () => {
    const chosen = await picker.chooseSavePath({
      suggestedPath: path,
      extension: EXPORT_EXTENSIONS[format],
      title: t('export.choosePath'),
    });
    if (!chosen) return;
    setPath(chosen.path);
    setReplaceConfirmedFor(chosen.replaceConfirmed ? chosen.path : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = path.trim();
    if (!target || writing) return;
    const result = await write(
      (overwrite) =>
        api.call('export.write', { project, format, path: target, overwrite, ...choices }),
      target,
      replaceConfirmedFor === target,
    );
    if (result) {
      onExported({
        ...exportedText(selectVersion(project, text.selector)),
        format,
        fileName: basename(result.path),
      });
    }
  };

  return (
    <Modal
      title={t('export.title')}
      size="large"
      busy={writing}
      onClose={onClose}
      footer={
        <>
          <div className="modal__footer-start export__status" role="status">
            {writing && (
              <p className="loading-line">
                <Spinner />
                {t('export.progress', { format: t(`export.format.${format}`) })}
              </p>
            )}
            {phase.name === 'done' && <ExportSuccess path={phase.path} bytes={phase.bytes} />}
          </div>
          {writing ? (
            <button type="button" className="button" onClick={onHide}>
              {t('export.keepWorking')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              {t('action.close')}
            </button>
          )}
          <button
            type="submit"
            form={`${pathId}-form`}
            className="button button--primary"
            disabled={writing || !path.trim()}
            aria-busy={writing || undefined}
          >
            {writing && <Spinner />}
            {writing ? t('export.writing') : t('export.submit')}
          </button>
        </>
      }
    >
      <div className="export">
        <form id={`${pathId}-form`} className="export__form stack stack--large" onSubmit={submit}>
          {phase.name === 'failed' && (
            <ErrorBanner title={t('export.failed')} error={phase.error} onDismiss={() => reset()} />
          )}
          <TextChoice texts={texts} value={text} onChange={changeText} disabled={writing} />
          <FormatPicker value={format} onChange={changeFormat} disabled={writing} />
          <ExportOptions
            format={format}
            values={options}
            onChange={(next) => {
              setOptions(next);
              reset();
            }}
            commentsPossible={live}
            comparable={comparable}
            disabled={writing}
          />

          <div className="field">
            <label htmlFor={pathId} className="field__label">
              {t('export.path')}
            </label>
            <div className="input-with-button">
              <input
                id={pathId}
                className="input input--mono"
                type="text"
                spellCheck={false}
                autoComplete="off"
                value={path}
                disabled={writing}
                onChange={(event) => {
                  setPath(event.target.value);
                  reset();
                }}
              />
              {host.nativeDialogs && (
                <button
                  type="button"
                  className="button"
                  onClick={() => void choosePath()}
                  disabled={writing}
                >
                  <FolderIcon />
                  {t('export.browse')}
                </button>
              )}
            </div>
            {!host.nativeDialogs && <p className="field__help">{t('export.pathHelp')}</p>}
          </div>
          {version && (
            <PackExport
              project={project}
              projectPath={projectPath}
              version={version}
              onExported={onExported}
            />
          )}
        </form>
        <ExportPreview project={project} choices={choices} />
      </div>
    </Modal>
  );
}

/** Which text left the app, for the audit trail: its version, and the draft's as a draft. */
function exportedText(project: Project) {
  const status = isFrozen(project) ? project.meta.status : 'draft';
  return { type: 'exported', version: currentVersionNumber(project), status } as const;
}
