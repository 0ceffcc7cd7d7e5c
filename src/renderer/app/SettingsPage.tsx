import { useTranslation } from 'react-i18next';
import { THEMES, type Theme } from '../../shared/domain/app/contract';
import { useStore } from '../store';
import { BackupsPanel } from './BackupsPanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useStore((s) => s.settings);
  const info = useStore((s) => s.info);
  const updateSettings = useStore((s) => s.updateSettings);
  if (!settings || !info) return null;
  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <div className="panel">
        <h2>{t('settings.appearance')}</h2>
        <div className="form-grid">
          <label className="field">
            <span>{t('theme.label')}</span>
            <select value={settings.theme} onChange={(e) => void updateSettings({ theme: e.target.value as Theme })} data-testid="theme-select">
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`theme.${th}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <div className="panel">
        <h2>{t('settings.data')}</h2>
        <dl className="facts">
          <dt>{t('settings.dbPath')}</dt>
          <dd>
            <code data-testid="db-path">{info.dbPath}</code>
          </dd>
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.schema')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
        <p className="hint">{t('settings.dbHint')}</p>
      </div>
      <BackupsPanel />
    </section>
  );
}
