import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../api';
import { initI18n, osLanguage } from '../i18n';
import { useStore } from '../store';
import { ErrorBanner } from './ErrorBanner';
import { FirstRun } from './FirstRun';
import { Nav } from './Nav';
import { navSection, useRoute, type Route } from './route';
import { SettingsPage } from './SettingsPage';
import { ComingSoon } from './ComingSoon';
import { DecisionsPage } from '../features/decisions/DecisionsPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { LivePage } from '../features/live/LivePage';
import { ProjectorPage } from '../features/live/ProjectorPage';

export function App() {
  const { t } = useTranslation();
  const settings = useStore((s) => s.settings);
  const info = useStore((s) => s.info);
  const loadApp = useStore((s) => s.loadApp);
  const route = useRoute();

  useEffect(() => {
    void loadApp();
    return on('data.changed', (p) => {
      if (p.entity === 'settings') void loadApp();
    });
  }, [loadApp]);

  const language = settings?.language ?? osLanguage();
  useEffect(() => {
    initI18n(language);
  }, [language]);

  useEffect(() => {
    const root = document.documentElement;
    if (!settings || settings.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings]);

  if (!settings || !info) {
    return (
      <div className="app-loading" role="status">
        {t('status.loading')}
      </div>
    );
  }

  // The projector view fills a second screen: no navigation, no header.
  if (route.section === 'projector' && route.params[0]) return <ProjectorPage meetingId={route.params[0]} />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.label')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <Nav current={navSection(route)} />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBanner />
        {info.isEmpty && !settings.onboarded ? <FirstRun /> : <SectionView route={route} />}
      </main>
    </div>
  );
}

function SectionView({ route }: { route: Route }) {
  const { section, params } = route;
  switch (section) {
    case 'live':
      return params[0] ? <LivePage meetingId={params[0]} /> : <MeetingsPage params={[]} />;
    case 'projector':
      return <MeetingsPage params={params} />;
    case 'meetings':
      return <MeetingsPage params={params} />;
    case 'directory':
      return <DirectoryPage params={params} />;
    case 'decisions':
      return <DecisionsPage params={params} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <ComingSoon section={section} />;
  }
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const updateSettings = useStore((s) => s.updateSettings);
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void updateSettings({ language: e.target.value as 'en' | 'fr' | 'es' })}
        data-testid="language-switch"
      >
        <option value="en" lang="en">{t('language.en')}</option>
        <option value="fr" lang="fr">{t('language.fr')}</option>
        <option value="es" lang="es">{t('language.es')}</option>
      </select>
    </label>
  );
}
