import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { EXPORT_EXTENSIONS, type ExportFormat } from '../../../src/api/contract';
import type { Branding } from '../../../src/model/branding';
import type { Project } from '../../../src/model/project';
import type { ExportRecord } from '../../../src/history/export-event';
import { currentVersionNumber } from '../../../src/export/current-version';
import { selectVersion } from '../../../src/signoff/select-version';
import { isFrozen } from '../../../src/signoff/version-number';
import { api } from '../../api/client';
import { useHost } from '../../app/use-host';
import { formatList } from '../../i18n/format-list';
import { useI18n } from '../../i18n/use-i18n';
import { FolderIcon } from '../../ui/icons';
import { Modal } from '../../ui/Modal';
import { Spinner } from '../../ui/Spinner';
import { basename, dirname, joinPath, withExtension } from '../files/file-path';
import { folderToSuggest } from '../files/folder-to-suggest';
import { suggestExportPath } from '../files/suggest-export-path';
import { useConfirmOverwriteAll } from '../files/use-confirm-overwrite';
import { useFilePicker } from '../files/use-file-picker';
import { BrandingFields } from '../branding/BrandingFields';
import { PackExport } from '../pack/PackExport';
import { exportChoices, type ExportOptionValues } from './export-choices';
import { exportTargets, pathForFormat } from './export-paths';
import {
  comparableVersions,
  exportableTexts,
  isLiveText,
  type ExportableText,
} from './exportable-texts';
import { BRANDED_FORMATS } from './export-formats';
import { ExportFailures } from './ExportFailures';
import { ExportOptions } from './ExportOptions';
import { ExportOutcome } from './ExportOutcome';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { FormatPicker } from './FormatPicker';
import { lastFormats, rememberFormats } from './last-formats';
import { TextChoice } from './TextChoice';
import { useExportRun } from './use-export-run';
import type { ExportedFile } from './write-export-files';

interface ExportDialogProps {
  project: Project;
  projectPath: string | null;
  /** Told of the files an export wrote, once it ends, for the audit trail. */
  onExported(records: readonly ExportRecord[]): void;
  /** The logo or accent colour changed (only the part given): the project keeps it. */
  onBrandingChange(change: Branding): void;
  /** While an export runs out of sight, the user goes on typing; the dialog renders nothing. */
  hidden: boolean;
  onHide(): void;
  /** An export finished out of sight: each file's outcome, failures shown by opening again. */
  onFinishedHidden(files: readonly ExportedFile[]): void;
  onClose(): void;
}

export function ExportDialog({
  project,
  projectPath,
  onExported,
  onBrandingChange,
  hidden,
  onHide,
  onFinishedHidden,
  onClose,
}: ExportDialogProps) {
  const { t, locale } = useI18n();
  const host = useHost();
  const picker = useFilePicker();
  const pathId = useId();
  const texts = exportableTexts(project);
  const [chosenText, setChosenText] = useState(texts[0]);
  // The project may change while the dialog is open (a sign-off elsewhere): keep a text it has.
  const text = texts.find((candidate) => candidate.selector === chosenText?.selector) ?? texts[0];
  const [formats, setFormats] = useState(lastFormats);
  const [options, setOptions] = useState<ExportOptionValues>({
    includeOwners: false,
    includeComments: false,
    changesSince: null,
  });
  const [path, setPath] = useState(() => {
    const extension = EXPORT_EXTENSIONS[formats[0] ?? 'pdf'];
    // Beside the project, named after it; else in the last folder used.
    return projectPath
      ? withExtension(projectPath, extension)
      : suggestExportPath(null, t('files.defaultName'), extension);
  });
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
  const { files, running: writing, run, reset } = useExportRun();
  const confirmOverwriteAll = useConfirmOverwriteAll();
  // From the click to the first file: a second click must not start a second export.
  const starting = useRef(false);
  useEffect(() => {
    if (hidden && files && !writing) onFinishedHidden(files);
  }, [hidden, files, writing, onFinishedHidden]);
  if (hidden) return null;
  if (!text) throw new Error('A project always has a text to export');
  const scope = {
    text,
    live: isLiveText(project, text),
    comparable: comparableVersions(project, text),
  };
  const targets = exportTargets(path.trim(), formats);
  // The preview lays out a document for people: the first such format chosen, with its options.
  const previewed = formats.find((format) => BRANDED_FORMATS.includes(format)) ?? 'pdf';
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

  const changeFormats = (next: readonly ExportFormat[]) => {
    setFormats(next);
    const [first] = next;
    if (basename(path.trim()) && first) setPath(pathForFormat(path.trim(), first));
    reset();
  };

  const choosePath = async () => {
    const [first = 'pdf'] = formats;
    const chosen = await picker.chooseSavePath({
      suggestedPath: path,
      extension: EXPORT_EXTENSIONS[first],
      title: t('export.choosePath'),
    });
    if (!chosen) return;
    setPath(chosen.path);
    setReplaceConfirmedFor(chosen.replaceConfirmed ? chosen.path : null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (targets.length === 0 || writing || starting.current) return;
    starting.current = true;
    rememberFormats(formats);
    // Asked once, before anything is written, rather than file by file while the user types on.
    const replacing = await confirmOverwriteAll(
      targets.map((target) => target.path).filter((target) => target !== replaceConfirmedFor),
    ).finally(() => (starting.current = false));
    if (replacing === null) return;
    // The text as it is now: typing on while the export runs changes the next export, not this one.
    const exported = exportedText(selectVersion(project, text.selector));
    const records: ExportRecord[] = [];
    await run(targets, {
      writeOne: ({ format, path: target }, overwrite) =>
        api.call('export.write', {
          project,
          format,
          path: target,
          overwrite,
          ...exportChoices(format, options, scope),
        }),
      replaceConfirmed: (target) => target === replaceConfirmedFor || replacing.includes(target),
      onWritten: ({ format, path: written }) =>
        records.push({ ...exported, format, fileName: basename(written) }),
    });
    // One entry per file in the audit trail, recorded at once.
    if (records.length > 0) onExported(records);
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
            {files &&
              (writing ? <ExportProgress files={files} /> : <ExportOutcome files={files} />)}
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
            disabled={writing || targets.length === 0}
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
          {files && <ExportFailures files={files} />}
          <TextChoice texts={texts} value={text} onChange={changeText} disabled={writing} />
          <FormatPicker value={formats} onChange={changeFormats} disabled={writing} />
          <ExportOptions
            formats={formats}
            values={options}
            onChange={(next) => {
              setOptions(next);
              reset();
            }}
            commentsPossible={scope.live}
            comparable={scope.comparable}
            disabled={writing}
          />

          {formats.some((format) => BRANDED_FORMATS.includes(format)) && (
            <BrandingFields
              branding={project.branding ?? {}}
              onChange={onBrandingChange}
              disabled={writing}
            />
          )}

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
            {formats.length > 0 && path.trim() && targets.length === 0 && (
              <p className="field__error">{t('export.noFileName')}</p>
            )}
            {targets.length > 1 && (
              <p className="field__help">
                {t('export.files', {
                  names: formatList(
                    targets.map((target) => basename(target.path)),
                    locale,
                  ),
                })}
              </p>
            )}
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
        <ExportPreview project={project} choices={exportChoices(previewed, options, scope)} />
      </div>
    </Modal>
  );
}

/** Which text left the app, for the audit trail: its version, and the draft's as a draft. */
function exportedText(project: Project) {
  const status = isFrozen(project) ? project.meta.status : 'draft';
  return { type: 'exported', version: currentVersionNumber(project), status } as const;
}
