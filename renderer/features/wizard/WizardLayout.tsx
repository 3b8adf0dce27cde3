import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/use-t';
import { AppMark } from '../../ui/AppMark';

interface WizardLayoutProps {
  /** What the wizard is for, e.g. "Nouvelle charte". */
  context: string;
  quitLabel: string;
  onQuit(): void;
  aside?: ReactNode;
  /** Beside the questions: the clauses they shape. */
  preview?: ReactNode;
  children: ReactNode;
}

export function WizardLayout({
  context,
  quitLabel,
  onQuit,
  aside,
  preview,
  children,
}: WizardLayoutProps) {
  const t = useT();
  return (
    <div className="wizard">
      <header className="topbar">
        <AppMark />
        <span className="topbar__context">{context}</span>
        <div className="topbar__actions">
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={onQuit}>
            {quitLabel}
          </button>
        </div>
      </header>
      <div className={preview ? 'wizard__body wizard__body--with-preview' : 'wizard__body'}>
        {aside && <aside className="wizard__aside">{aside}</aside>}
        <main className="wizard__main">{children}</main>
        {preview && (
          <aside className="wizard__preview" aria-label={t('wizard.preview.title')}>
            {preview}
          </aside>
        )}
      </div>
    </div>
  );
}
