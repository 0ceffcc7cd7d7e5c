import { useTranslation } from 'react-i18next';

export function MeetingsPage({ params: _params }: { params: string[] }) {
  const { t } = useTranslation('meetings');
  return (
    <section className="page">
      <h1>{t('title')}</h1>
    </section>
  );
}
