import { useTranslation } from 'react-i18next';
import type { Section } from './route';

export function ComingSoon({ section }: { section: Section }) {
  const { t } = useTranslation();
  const name = t(`nav.${section}`);
  return (
    <section className="page" aria-labelledby="coming-title">
      <h1 id="coming-title">{name}</h1>
      <div className="panel coming">
        <h2>{t('coming.title')}</h2>
        <p>{t('coming.body', { section: name })}</p>
      </div>
    </section>
  );
}
