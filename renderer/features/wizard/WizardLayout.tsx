import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useT } from '../../i18n/use-t';
import { AppMark } from '../../ui/AppMark';

interface WizardLayoutProps {
  onQuit(): void;
  aside?: ReactNode;
  children: ReactNode;
}

export function WizardLayout({ onQuit, aside, children }: WizardLayoutProps) {
  const t = useT();
  return (
    <div className="wizard">
      <header className="topbar">
        <AppMark />
        <span className="topbar__context">{t('wizard.context')}</span>
        <div className="topbar__actions">
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={onQuit}>
            {t('wizard.quit')}
          </button>
        </div>
      </header>
      <div className="wizard__body">
        {aside && <aside className="wizard__aside">{aside}</aside>}
        <main className="wizard__main">{children}</main>
      </div>
    </div>
  );
}
