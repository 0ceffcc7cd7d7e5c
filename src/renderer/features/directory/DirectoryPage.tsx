import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { AlsEdit } from './AlsEdit';
import { AlsList } from './AlsList';
import { BodiesList } from './BodiesList';
import { BodyPage } from './BodyPage';
import { MemberPage } from './MemberPage';
import { MembersList } from './MembersList';
import { DIRECTORY_ENTITIES } from './slice';
import './directory.css';

const TABS = ['members', 'als', 'bodies'] as const;
type Tab = (typeof TABS)[number];

/** #/directory/members[/new|/<id>], #/directory/als[/new|/<id>], #/directory/bodies[/new|/<id>] */
export function DirectoryPage({ params }: { params: string[] }) {
  const { t } = useTranslation('directory');
  const counts = useStore((s) => s.directory.counts);
  const loadDirectory = useStore((s) => s.loadDirectory);
  const directoryChanged = useStore((s) => s.directoryChanged);
  const showError = useStore((s) => s.showError);
  const tab: Tab = (TABS as readonly string[]).includes(params[0]) ? (params[0] as Tab) : 'members';
  const id = params[1];

  useEffect(() => {
    void loadDirectory();
    return on('data.changed', (p) => {
      if (DIRECTORY_ENTITIES.has(p.entity)) void directoryChanged();
    });
  }, [loadDirectory, directoryChanged]);

  // An error belongs to the screen it happened on: moving to another one clears the banner.
  const screen = `${tab}/${id ?? ''}`;
  useEffect(() => {
    return () => showError(null);
  }, [screen, showError]);

  return (
    <section className="page directory" aria-labelledby="directory-title">
      <h1 id="directory-title">{t('title')}</h1>
      <nav className="dir-tabs" aria-label={t('tabs.label')}>
        {TABS.map((k) => (
          <a key={k} href={href('directory', k)} aria-current={k === tab ? 'page' : undefined} data-testid={`tab-${k}`}>
            {t(`tabs.${k}`)}
            {counts && <span className="badge">{counts[k]}</span>}
          </a>
        ))}
      </nav>
      {tab === 'members' && (id ? <MemberPage key={id} id={id} /> : <MembersList />)}
      {tab === 'als' && (id ? <AlsEdit key={id} id={id} /> : <AlsList />)}
      {tab === 'bodies' && (id ? <BodyPage key={id} id={id} /> : <BodiesList />)}
    </section>
  );
}
