import { useTranslation } from 'react-i18next';

export function DirectoryPage({ params: _params }: { params: string[] }) {
  const { t } = useTranslation('directory');
  return (
    <section className="page">
      <h1>{t('title')}</h1>
    </section>
  );
}
