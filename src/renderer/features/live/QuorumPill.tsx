import { useTranslation } from 'react-i18next';
import type { Quorum } from '../../../shared/domain/live/contract';

/** "Quorum reached" / "Quorum missing 3": text and icon, not colour alone; the counts in the title. */
export function QuorumPill({ quorum, large }: { quorum: Quorum; large?: boolean }) {
  const { t } = useTranslation('live');
  const detail = t('quorum.detail', { counted: quorum.counted, eligible: quorum.eligible, required: quorum.required });
  const size = large ? ' large' : '';
  if (quorum.rule === 'none') {
    return (
      <span className={`quorum-pill none${size}`} data-testid="quorum-pill" data-reached="none">
        {t('quorum.none')}
      </span>
    );
  }
  return (
    <span
      className={`quorum-pill ${quorum.reached ? 'reached' : 'missing'}${size}`}
      title={detail}
      data-testid="quorum-pill"
      data-reached={quorum.reached ? 'yes' : 'no'}
    >
      <span aria-hidden="true">{quorum.reached ? '✓ ' : '✕ '}</span>
      {quorum.reached ? t('quorum.reached') : t('quorum.missing', { count: quorum.missing })}
      <span className="sr-only"> ({detail})</span>
    </span>
  );
}
