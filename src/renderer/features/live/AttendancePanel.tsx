import { memo, useMemo, useState } from 'react';
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
  const zone = state.meeting.timeZone;
  // A late arrival is read on the session's day, in the meeting's zone.
  const day = utcToLocal(state.session?.openedAt ?? serverNow(), zone).slice(0, 10);
  const names = useMemo(() => new Map(state.attendance.map((l) => [l.memberId, l.name])), [state.attendance]);

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
                  zone={zone}
                  day={day}
                  line={line}
                  holderName={line.attendance?.proxyHolderId ? (names.get(line.attendance.proxyHolderId) ?? '') : ''}
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

interface RowProps {
  meetingId: string;
  zone: string;
  day: string;
  line: AttendanceLine;
  holderName: string;
  locked: boolean;
}

// A session with hundreds of lines re-renders only the lines whose attendance changed: every live
// change answers with a new state, and re-rendering the whole sheet on each key press of the chair
// (next speaker, add speaker) would cost far more than the 30 ms the live screen has.
const sameRow = (a: RowProps, b: RowProps) =>
  a.meetingId === b.meetingId &&
  a.zone === b.zone &&
  a.day === b.day &&
  a.locked === b.locked &&
  a.holderName === b.holderName &&
  a.line.memberId === b.line.memberId &&
  a.line.name === b.line.name &&
  a.line.expected === b.line.expected &&
  a.line.alsName === b.line.alsName &&
  JSON.stringify(a.line.attendance) === JSON.stringify(b.line.attendance);

const AttendanceRow = memo(function AttendanceRow({ meetingId, zone, day, line, holderName, locked }: RowProps) {
  const { t, i18n } = useTranslation('live');
  const lng = i18n.language;
  const liveAct = useStore((s) => s.liveAct);
  const a = line.attendance;
  const status = a?.status ?? '';
  const inRoom = status === 'present' || status === 'remote';
  const arrived = a?.arrivedAt ? utcToLocal(a.arrivedAt, zone).slice(11, 16) : '';

  const setArrival = (value: string) => {
    if (value === arrived) return;
    const arrivedAt = value ? zonedToUtc(`${day}T${value}`, zone).toISOString() : null;
    void liveAct('attendance.set', { meetingId, memberId: line.memberId, status: inRoom ? (status as AttendanceStatus) : 'present', arrivedAt });
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
        ) : inRoom && !locked ? (
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
        <ProxySelect meetingId={meetingId} line={line} holderName={holderName} locked={locked} />
      </td>
    </tr>
  );
}, sameRow);

/**
 * Who holds a member's proxy: someone in the room (or whoever holds it now). The list of those in the
 * room is built only once the select is focused or pressed: a sheet of hundreds of lines would
 * otherwise carry hundreds of options per line.
 */
function ProxySelect({ meetingId, line, holderName, locked }: Omit<RowProps, 'zone' | 'day'>) {
  const { t } = useTranslation('live');
  const liveAct = useStore((s) => s.liveAct);
  const [open, setOpen] = useState(false);
  const attendance = useStore((s) => (open ? s.live?.attendance : undefined));
  const holderId = line.attendance?.proxyHolderId ?? '';
  const holders = useMemo(
    () =>
      attendance
        ? attendance.filter(
            (l) =>
              l.memberId !== line.memberId &&
              (l.memberId === holderId || (l.attendance && !l.attendance.leftAt && ['present', 'remote'].includes(l.attendance.status))),
          )
        : holderId
          ? [{ memberId: holderId, name: holderName }]
          : [],
    [attendance, line.memberId, holderId, holderName],
  );
  return (
    <select
      value={holderId}
      disabled={locked}
      aria-label={t('attendance.proxyOf', { name: line.name })}
      onFocus={() => setOpen(true)}
      onPointerDown={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onChange={(e) => void liveAct('attendance.proxy', { meetingId, giverId: line.memberId, holderId: e.target.value || null })}
      data-testid="attendance-proxy"
    >
      <option value="">{t('attendance.noProxy')}</option>
      {holders.map((h) => (
        <option key={h.memberId} value={h.memberId}>
          {h.name}
        </option>
      ))}
    </select>
  );
}
