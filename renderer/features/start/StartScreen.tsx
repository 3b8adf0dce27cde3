import type { Language } from '../../../src/model/language';
import type { OpenedDocument } from '../../app/opened-document';
import { useDocumentTitle } from '../../app/use-document-title';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/use-t';
import { AppMark } from '../../ui/AppMark';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { FolderIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { IdentityButton } from '../comments/IdentityButton';
import { useReviewer } from '../comments/use-reviewer';
import { RecoveryPanel } from '../recovery/RecoveryPanel';
import { NewCharterPanel } from './NewCharterPanel';
import { RecentFilesPanel } from './RecentFilesPanel';
import { useOpenProject } from './use-open-project';

interface StartScreenProps {
  onNewCharter(templateId: string, language: Language): void;
  onOpened(document: OpenedDocument): void;
}

export function StartScreen({ onNewCharter, onOpened }: StartScreenProps) {
  const t = useT();
  const { open, opening, failure, failedName, clearFailure } = useOpenProject(onOpened);
  const { reviewer, saveReviewer } = useReviewer();
  useDocumentTitle();

  return (
    <div className="start">
      <header className="topbar">
        <AppMark />
        <div className="topbar__actions">
          <IdentityButton reviewer={reviewer} saveReviewer={saveReviewer} />
          <LanguageSwitch />
        </div>
      </header>
      <main className="start__main">
        <div className="start__intro">
          <h1 className="start__title">{t('start.title')}</h1>
          <p className="start__subtitle">{t('start.subtitle')}</p>
        </div>

        {failure && (
          <ErrorBanner
            title={
              failedName
                ? t('start.open.failedNamed', { name: failedName })
                : t('start.open.failed')
            }
            error={failure.error}
            onDismiss={clearFailure}
          />
        )}

        <div className="start__grid">
          <NewCharterPanel onStart={onNewCharter} />
          <div className="start__side">
            <RecoveryPanel onRestored={onOpened} />
            <section className="panel" aria-labelledby="open-heading">
              <h2 id="open-heading" className="panel__title">
                {t('start.open.heading')}
              </h2>
              <p className="panel__intro">{t('start.open.intro')}</p>
              <button
                type="button"
                className="button button--wide"
                onClick={() => void open()}
                disabled={opening !== null}
              >
                {opening ? <Spinner /> : <FolderIcon />}
                {t('start.open.button')}
              </button>
            </section>
            <RecentFilesPanel onOpen={(path) => void open(path)} openingPath={opening} />
          </div>
        </div>
      </main>
    </div>
  );
}
