import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useStore } from '../store';

/** Offered once on an empty database: load the LACRALO / ALAC example, or start empty. */
export function FirstRun() {
  const { t } = useTranslation();
  const run = useStore((s) => s.run);
  const updateSettings = useStore((s) => s.updateSettings);
  const loadApp = useStore((s) => s.loadApp);
  const [busy, setBusy] = useState(false);

  const loadExample = async () => {
    setBusy(true);
    const res = await run(invoke('example.load', {}));
    setBusy(false);
    if (res.ok) {
      await updateSettings({ onboarded: true });
      await loadApp();
    }
  };

  return (
    <section className="page first-run" aria-labelledby="first-run-title">
      <div className="panel">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p>{t('firstRun.body')}</p>
        <div className="row">
          <button type="button" className="button primary" disabled={busy} onClick={() => void loadExample()} data-testid="load-example">
            {t('firstRun.loadExample')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void updateSettings({ onboarded: true })} data-testid="start-empty">
            {t('firstRun.startEmpty')}
          </button>
        </div>
      </div>
    </section>
  );
}
