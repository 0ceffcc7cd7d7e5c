import { useTranslation } from 'react-i18next';
import type { DecisionStatus } from './model';

const TONE: Record<DecisionStatus, string> = {
  recorded: '',
  open: 'accent',
  no_objection: 'warning',
  to_vote: 'warning',
  voting: 'warning',
  adopted: 'success',
  rejected: 'danger',
};

export function StatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useTranslation('decisions');
  return (
    <span className={`badge ${TONE[status]}`} data-testid="decision-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
