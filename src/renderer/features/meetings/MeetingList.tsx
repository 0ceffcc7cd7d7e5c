import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitMeetings, slotMinutes } from '../../../shared/domain/meetings/agenda';
import type { MeetingSummary } from '../../../shared/domain/meetings/contract';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { formatListDate, formatMinutes, formatTime } from './format';
import { MeetingForm } from './MeetingForm';
import { StatusBadge } from './StatusBadge';

/** Upcoming and past meetings, filtered by body, with the create form. */
export function MeetingList() {
  const { t } = useTranslation('meetings');
  const list = useStore((s) => s.meetingList);
  const bodies = useStore((s) => s.meetingBodies);
  const filter = useStore((s) => s.meetingsFilter);
  const setFilter = useStore((s) => s.setMeetingsFilter);
  const [creating, setCreating] = useState(false);
  const { upcoming, past } = useMemo(() => splitMeetings(list ?? [], new Date()), [list]);

  if (!list || !bodies) return <p className="muted">{t('status.loading', { ns: 'common' })}</p>;

  return (
    <section className="page meetings-page" aria-labelledby="meetings-title">
      <div className="page-head">
        <h1 id="meetings-title">{t('title')}</h1>
        {!creating && bodies.length > 0 ? (
          <button type="button" className="button primary push" onClick={() => setCreating(true)} data-testid="meeting-new">
            {t('list.new')}
          </button>
        ) : null}
      </div>

      {bodies.length === 0 ? (
        <div className="panel" data-testid="meetings-no-bodies">
          <p>{t('list.noBodies')}</p>
          <a className="button" href={href('directory')}>
            {t('list.toDirectory')}
          </a>
        </div>
      ) : null}

      {creating ? (
        <MeetingForm
          bodies={bodies}
          defaultBodyId={filter.bodyId}
          onCancel={() => setCreating(false)}
          onDone={(m) => {
            setCreating(false);
            navigate('meetings', m.id);
          }}
        />
      ) : null}

      {bodies.length === 0 && list.length === 0 ? null : (
        <>
          <div className="filters">
            <label className="field inline">
              <span>{t('fields.bodyId')}</span>
              <select value={filter.bodyId ?? ''} onChange={(e) => void setFilter({ bodyId: e.target.value || null })} data-testid="meetings-body-filter">
                <option value="">{t('list.allBodies')}</option>
                {bodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.shortName}
                  </option>
                ))}
              </select>
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={filter.includeArchived}
                onChange={(e) => void setFilter({ includeArchived: e.target.checked })}
                data-testid="meetings-show-archived"
              />
              <span>{t('fields.includeArchived')}</span>
            </label>
          </div>

          <MeetingTable id="upcoming" title={t('list.upcoming')} empty={t('list.noUpcoming')} meetings={upcoming} />
          <MeetingTable id="past" title={t('list.past')} empty={t('list.noPast')} meetings={past} />
        </>
      )}
    </section>
  );
}

function MeetingTable({ id, title, empty, meetings }: { id: string; title: string; empty: string; meetings: MeetingSummary[] }) {
  const { t, i18n } = useTranslation('meetings');
  const lng = i18n.language;
  return (
    <section className="panel meetings-table" aria-labelledby={`${id}-title`} data-testid={`meetings-${id}`}>
      <h2 id={`${id}-title`}>
        {title} <span className="count">{meetings.length}</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('list.when')}</th>
                <th scope="col">{t('list.meeting')}</th>
                <th scope="col">{t('list.body')}</th>
                <th scope="col">{t('list.kind')}</th>
                <th scope="col">{t('list.agenda')}</th>
                <th scope="col">{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => {
                const overrun = m.plannedMinutes - slotMinutes(m.startsAt, m.endsAt);
                return (
                  <tr key={m.id} data-testid="meeting-row" data-meeting-id={m.id}>
                    <td className="when">
                      <span className="date">{formatListDate(m.startsAt, m.timeZone, lng)}</span>
                      <span className="muted time">
                        {formatTime(m.startsAt, m.timeZone, lng)}–{formatTime(m.endsAt, m.timeZone, lng, true)}
                      </span>
                    </td>
                    <td>
                      <a href={href('meetings', m.id)} className="meeting-link">
                        {m.title}
                      </a>
                      {m.location ? <span className="muted block">{m.location}</span> : null}
                    </td>
                    <td>
                      <abbr title={m.bodyName}>{m.bodyShortName}</abbr>
                    </td>
                    <td>{t(`kind.${m.kind}`)}</td>
                    <td className="agenda-cell">
                      <span>{t('list.items', { count: m.itemCount })}</span>
                      <span className="muted block">{formatMinutes(m.plannedMinutes, lng)}</span>
                      {overrun > 0 ? <span className="badge warning">{t('list.overrunBadge', { minutes: formatMinutes(overrun, lng) })}</span> : null}
                    </td>
                    <td>
                      <StatusBadge meeting={m} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
