import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../src/api/contract';
import { DEFAULT_LANGUAGE } from '../../src/model/language';
import { api } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { DialogStackProvider } from '../ui/DialogStackProvider';
import { App } from './App';
import { HostContext, type HostInfo } from './host-context';
import { StartupFailure } from './StartupFailure';

type Startup =
  | { status: 'loading' }
  | { status: 'ready'; host: HostInfo; settings: Settings }
  | { status: 'failed'; error: unknown };

async function loadStartup(): Promise<Startup> {
  try {
    const [host, settings] = await Promise.all([
      api.call('host.info', {}),
      api.call('settings.get', {}),
    ]);
    return { status: 'ready', host, settings };
  } catch (error) {
    return { status: 'failed', error };
  }
}

/** Learns who hosts the UI and in which language to speak before showing anything. */
export function Bootstrap() {
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void loadStartup().then((result) => {
      if (live) setStartup(result);
    });
    return () => {
      live = false;
    };
  }, []);

  const retry = useCallback(() => {
    setStartup({ status: 'loading' });
    void loadStartup().then(setStartup);
  }, []);

  if (startup.status === 'loading') return <div className="splash" aria-busy="true" />;

  if (startup.status === 'failed') {
    return (
      <I18nProvider initialLanguage={DEFAULT_LANGUAGE}>
        <StartupFailure error={startup.error} onRetry={retry} />
      </I18nProvider>
    );
  }

  return (
    <HostContext.Provider value={startup.host}>
      <I18nProvider initialLanguage={startup.settings.uiLanguage}>
        <DialogStackProvider>
          <App />
        </DialogStackProvider>
      </I18nProvider>
    </HostContext.Provider>
  );
}
