import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceLine, type AttendanceStatus, type LiveState } from '../../../shared/domain/live/contract';
import { utcToLocal, zonedToUtc } from '../../../shared/domain/meetings/time';
import { useStore } from '../../store';
import { formatTime } from '../meetings/format';
import { serverNow } from './clock';
import { MemberSearch } from './MemberSearch';
import { isClosed } from './selectors';

const STATUS_ICON: Record<AttendanceStatus, string> = { present: '●', remote: '◍', apologies: '◌', absent: '○' };

/**
 * The attendance sheet: the expected members (role holders, ALS representatives) and guests, each with
 * a status, a late arrival time, an early departure, and who holds their proxy. Search adds a guest.
 */
export function AttendancePanel({ state }: { state: LiveState }) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const locked = isClosed(state);
  const meetingId = state.meeting.id;
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, state.attendance.filter((l) => l.attendance?.status === s).length])) as Record<AttendanceStatus, number>;
  const unrecorded = state.attendance.filter((l) => !l.attendance).length;
  // A proxy is held by someone in the room: the same short list for every row.
  const inRoom = useMemo(
    () => state.attendance.filter((l) => l.attendance && !l.attendance.leftAt && (l.attendance.status === 'present' || l.attendance.status === 'remote')).map((l) => ({ id: l.memberId, name: l.name })),
    [state.attendance],
  );
  const inRoomKey = inRoom.map((h) => h.id).join(',');
  // A late arrival is read on the session's day, in the meeting's zone.
  const day = utcToLocal(state.session?.openedAt ?? serverNow(), state.meeting.timeZone).slice(0, 10);

  return (
    <section className="panel live-attendance" aria-labelledby="attendance-h" data-testid="attendance">
      <div className="section-head">
        <h2 id="attendance-h">{t('attendance.title')}</h2>
        <p className="attendance-counts muted" data-testid="attendance-counts">
          {ATTENDANCE_STATUSES.map((s) => t(`attendance.count.${s}`, { count: counts[s] })).join(' · ')}
          {unrecorded ? ` · ${t('attendance.count.unrecorded', { count: unrecorded })}` : ''}
        </p>
      </div>
      {locked ? null : (
        <div className="attendance-add">
          <MemberSearch
            meetingId={meetingId}
            id="guest-search"
            label={t('attendance.addGuest')}
            testId="guest-search"
            onPick={(hit) => liveAct('attendance.set', { meetingId, memberId: hit.id, status: 'present' })}
          />
        </div>
      )}
      {state.attendance.length === 0 ? (
        <p className="muted">{t('attendance.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data attendance-table" data-testid="attendance-table">
            <thead>
              <tr>
                <th scope="col">{t('attendance.member')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('fields.arrivedAt')}</th>
                <th scope="col">{t('attendance.left')}</th>
                <th scope="col">{t('fields.holderId')}</th>
              </tr>
            </thead>
            <tbody>
              {state.attendance.map((line) => (
                <AttendanceRow
                  key={line.memberId}
                  meetingId={meetingId}
                  zone={state.meeting.timeZone}
                  day={day}
                  line={line}
                  lineKey={lineKey(line)}
                  everyone={state.attendance}
                  inRoom={inRoom}
                  inRoomKey={inRoomKey}
                  locked={locked}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What a row shows of its line: it re-renders only when that changes (a session can list hundreds). */
const lineKey = (l: AttendanceLine) => {
  const a = l.attendance;
  return [l.memberId, l.name, l.alsName, l.expected, a?.status, a?.arrivedAt, a?.leftAt, a?.proxyHolderId].join('|');
};

interface RowProps {
  meetingId: string;
  zone: string;
  day: string;
  line: AttendanceLine;
  lineKey: string;
  /** Every line (for the name of a proxy holder who has since left the room). */
  everyone: AttendanceLine[];
  inRoom: { id: string; name: string }[];
  inRoomKey: string;
  locked: boolean;
}

const AttendanceRow = memo(
  function AttendanceRow({ meetingId, zone, day, line, everyone, inRoom, locked }: RowProps) {
    const { t, i18n } = useTranslation('live');
    const lng = i18n.language;
    const liveAct = useStore((s) => s.liveAct);
    const a = line.attendance;
    const status = a?.status ?? '';
    const here = status === 'present' || status === 'remote';
    const arrived = a?.arrivedAt ? utcToLocal(a.arrivedAt, zone).slice(11, 16) : '';
    const holders = inRoom.filter((h) => h.id !== line.memberId);
    const holder = a?.proxyHolderId;
    if (holder && !holders.some((h) => h.id === holder)) holders.unshift({ id: holder, name: everyone.find((l) => l.memberId === holder)?.name ?? holder });

    const setArrival = (value: string) => {
      if (value === arrived) return;
      const arrivedAt = value ? zonedToUtc(`${day}T${value}`, zone).toISOString() : null;
      void liveAct('attendance.set', { meetingId, memberId: line.memberId, status: here ? (status as AttendanceStatus) : 'present', arrivedAt });
    };

    return (
      <tr data-testid="attendance-row" data-member-id={line.memberId} data-status={status || 'none'}>
        <th scope="row" className="attendance-name">
          <span className={`presence ${status || 'none'}`} aria-hidden="true">
            {status ? STATUS_ICON[status] : '·'}
          </span>
          <span className="name">{line.name}</span>
          {line.expected ? null : <span className="badge">{t('attendance.guest')}</span>}
          {line.alsName ? <span className="muted block">{line.alsName}</span> : null}
        </th>
        <td>
          <select
            value={status}
            disabled={locked}
            aria-label={t('attendance.statusOf', { name: line.name })}
            onChange={(e) => void liveAct('attendance.set', { meetingId, memberId: line.memberId, status: e.target.value as AttendanceStatus })}
            data-testid="attendance-status"
          >
            <option value="" disabled>
              {t('attendance.unrecorded')}
            </option>
            {ATTENDANCE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </td>
        <td>
          <input
            key={arrived}
            type="time"
            defaultValue={arrived}
            disabled={locked}
            aria-label={t('attendance.arrivedAtOf', { name: line.name })}
            onBlur={(e) => setArrival(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setArrival(e.currentTarget.value);
            }}
            data-testid="attendance-arrived"
          />
        </td>
        <td>
          {a?.leftAt ? (
            <span data-testid="attendance-left">{formatTime(a.leftAt, zone, lng)}</span>
          ) : here && !locked ? (
            <button
              type="button"
              className="button small"
              onClick={() => void liveAct('attendance.depart', { meetingId, memberId: line.memberId })}
              aria-label={t('attendance.departOf', { name: line.name })}
              data-testid="attendance-depart"
            >
              {t('attendance.depart')}
            </button>
          ) : null}
        </td>
        <td>
          <select
            value={a?.proxyHolderId ?? ''}
            disabled={locked}
            aria-label={t('attendance.proxyOf', { name: line.name })}
            onChange={(e) => void liveAct('attendance.proxy', { meetingId, giverId: line.memberId, holderId: e.target.value || null })}
            data-testid="attendance-proxy"
          >
            <option value="">{t('attendance.noProxy')}</option>
            {holders.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
        </td>
      </tr>
    );
  },
  (a, b) =>
    a.lineKey === b.lineKey && a.inRoomKey === b.inRoomKey && a.locked === b.locked && a.day === b.day && a.zone === b.zone && a.meetingId === b.meetingId,
);
