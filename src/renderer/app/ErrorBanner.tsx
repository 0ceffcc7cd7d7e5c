import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';
import { useStore } from '../store';

/** The last failed call, in the user's language, naming the field at fault. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useStore((s) => s.error);
  const showError = useStore((s) => s.showError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-code={error.code}>
      <div>
        <strong>{t('error.title')}</strong>
        <p>{errorText(error, error.ns)}</p>
      </div>
      <button type="button" className="button ghost" onClick={() => showError(null)}>
        {t('actions.dismiss')}
      </button>
    </div>
  );
}
