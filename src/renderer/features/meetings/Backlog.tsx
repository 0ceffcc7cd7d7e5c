import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/domain/meetings/contract';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { formatListDate, formatMinutes } from './format';

/** Items deferred to this meeting from earlier ones, waiting to be placed on its agenda (`agenda.schedule`). */
export function Backlog({ detail }: { detail: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const lng = i18n.language;
  const schedule = useStore((s) => s.scheduleBacklogItem);
  const readOnly = detail.meeting.deletedAt !== null || detail.meeting.status === 'closed';
  return (
    <section className="panel backlog" aria-labelledby="backlog-h" data-testid="backlog">
      <h2 id="backlog-h">{t('backlog.title', { count: detail.backlog.length })}</h2>
      <p className="hint">{t('backlog.hint')}</p>
      <ul className="backlog-list">
        {detail.backlog.map((item) => (
          <li key={item.id} className="backlog-row" data-testid="backlog-item" data-item-id={item.id}>
            <div className="backlog-main">
              <span className="agenda-title" data-testid="backlog-item-title">
                {item.title}
              </span>
              {item.deferredFrom ? (
                <span className="muted" data-testid="backlog-from">
                  {t('backlog.from')} <a href={href('meetings', item.deferredFrom.meetingId)}>{t('backlog.quoted', { title: item.deferredFrom.title })}</a>
                  {` (${formatListDate(item.deferredFrom.startsAt, detail.meeting.timeZone, lng)})`}
                  {item.deferredFrom.reason ? ` — ${item.deferredFrom.reason}` : ''}
                </span>
              ) : null}
            </div>
            <span className="agenda-minutes">{formatMinutes(item.plannedMinutes, lng)}</span>
            <button
              type="button"
              className="button small"
              disabled={readOnly}
              onClick={() => void schedule(item.id)}
              aria-label={t('backlog.scheduleItem', { title: item.title })}
              data-testid="backlog-schedule"
            >
              {t('backlog.schedule')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
