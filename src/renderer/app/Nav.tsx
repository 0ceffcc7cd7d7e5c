import { useTranslation } from 'react-i18next';
import { href, SECTIONS, type Section } from './route';

const ICONS: Record<Section, string> = {
  meetings: '◷',
  directory: '☷',
  decisions: '⚖',
  governance: '❖',
  actions: '✓',
  timeline: '▤',
  settings: '⚙',
};

export function Nav({ current }: { current: Section }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s}>
            <a href={href(s)} aria-current={s === current ? 'page' : undefined} data-testid={`nav-${s}`}>
              <span className="nav-icon" aria-hidden="true">
                {ICONS[s]}
              </span>
              {t(`nav.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
