import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings/contract';

const TONE = { planned: 'accent', in_progress: 'success', closed: '' } as const;

export function StatusBadge({ meeting }: { meeting: Pick<Meeting, 'status' | 'deletedAt'> }) {
  const { t } = useTranslation('meetings');
  return (
    <span className="status-badges">
      <span className={`badge ${TONE[meeting.status]}`} data-testid="meeting-status-badge" data-status={meeting.status}>
        {t(`status.${meeting.status}`)}
      </span>
      {meeting.deletedAt ? <span className="badge danger">{t('status.archived')}</span> : null}
    </span>
  );
}
