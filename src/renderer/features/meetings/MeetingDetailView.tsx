import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slotMinutes } from '../../../shared/domain/meetings/agenda';
import type { MeetingDetail } from '../../../shared/domain/meetings/contract';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { AgendaEditor } from './AgendaEditor';
import { Backlog } from './Backlog';
import { DuplicateForm } from './DuplicateForm';
import { formatMinutes, formatSlot, formatUserSlot, languageName, userTimeZone, zoneLabel } from './format';
import { MeetingForm } from './MeetingForm';
import { StatusBadge } from './StatusBadge';

/** One meeting: its facts in the meeting's and the user's zones, actions, and the agenda editor. */
export function MeetingDetailView({ detail }: { detail: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const lng = i18n.language;
  const { meeting } = detail;
  const bodies = useStore((s) => s.meetingBodies) ?? [];
  const archiveMeeting = useStore((s) => s.archiveMeeting);
  const restoreMeeting = useStore((s) => s.restoreMeeting);
  const [panel, setPanel] = useState<'edit' | 'duplicate' | null>(null);
  const archived = meeting.deletedAt !== null;
  const userZone = userTimeZone();
  const userSlot = formatUserSlot(meeting.startsAt, meeting.endsAt, meeting.timeZone, userZone, lng);

  return (
    <section className="page meeting-detail" aria-labelledby="meeting-title">
      <a className="back-link" href={href('meetings')}>
        <span aria-hidden="true">← </span>
        {t('detail.back')}
      </a>
      <div className="page-head">
        <h1 id="meeting-title" data-testid="meeting-heading">
          {meeting.title}
        </h1>
        <StatusBadge meeting={meeting} />
      </div>
      <div className="row actions-row">
        {archived ? (
          <button type="button" className="button" onClick={() => void restoreMeeting(meeting.id)} data-testid="meeting-restore">
            {t('detail.restore')}
          </button>
        ) : (
          <>
            <a className={`button${meeting.status === 'closed' ? '' : ' primary'}`} href={href('live', meeting.id)} data-testid="meeting-live" data-status={meeting.status}>
              <span aria-hidden="true">{meeting.status === 'closed' ? '☰' : '▶'}</span>
              {t(`detail.session.${meeting.status}`)}
            </a>
            <button type="button" className="button" aria-expanded={panel === 'edit'} onClick={() => setPanel(panel === 'edit' ? null : 'edit')} data-testid="meeting-edit">
              {t('detail.edit')}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={panel === 'duplicate'}
              onClick={() => setPanel(panel === 'duplicate' ? null : 'duplicate')}
              data-testid="meeting-duplicate"
            >
              {t('detail.duplicate')}
            </button>
            <span className="spacer" />
            <button type="button" className="button danger" onClick={() => void archiveMeeting(meeting.id)} data-testid="meeting-archive">
              {t('detail.archive')}
            </button>
          </>
        )}
      </div>
      {archived ? (
        <p className="warning-box" data-testid="meeting-archived">
          {t('detail.archivedNote')}
        </p>
      ) : null}

      {panel === 'edit' && !archived ? (
        <MeetingForm key={meeting.updatedAt} bodies={bodies} meeting={meeting} onCancel={() => setPanel(null)} onDone={() => setPanel(null)} />
      ) : null}
      {panel === 'duplicate' && !archived ? (
        <DuplicateForm
          meeting={meeting}
          onCancel={() => setPanel(null)}
          onDone={(copy) => {
            setPanel(null);
            navigate('meetings', copy.id);
          }}
        />
      ) : null}

      <section className="panel" aria-labelledby="meeting-facts">
        <h2 id="meeting-facts" className="sr-only">
          {t('detail.facts')}
        </h2>
        <dl className="facts meeting-facts" data-testid="meeting-facts">
          <dt>{t('detail.body')}</dt>
          <dd>
            {meeting.bodyShortName}
            {meeting.bodyName !== meeting.bodyShortName ? <span className="muted"> — {meeting.bodyName}</span> : null}
          </dd>
          <dt>{t('detail.meetingTime')}</dt>
          <dd data-testid="meeting-time">
            {formatSlot(meeting.startsAt, meeting.endsAt, meeting.timeZone, lng)}
            <span className="muted"> · {formatMinutes(slotMinutes(meeting.startsAt, meeting.endsAt), lng)}</span>
          </dd>
          <dt>{t('detail.yourTime')}</dt>
          <dd data-testid="meeting-user-time">{userSlot ?? <span className="muted">{t('detail.sameAsYours')}</span>}</dd>
          <dt>{t('detail.timeZone')}</dt>
          <dd>{zoneLabel(meeting.timeZone, lng)}</dd>
          <dt>{t('fields.kind')}</dt>
          <dd>{t(`kind.${meeting.kind}`)}</dd>
          <dt>{t('detail.location')}</dt>
          <dd>{meeting.location ?? <span className="muted">{t('detail.none')}</span>}</dd>
          <dt>{t('detail.languages')}</dt>
          <dd data-testid="meeting-languages">
            {meeting.interpretationLanguages.length ? (
              meeting.interpretationLanguages.map((l) => languageName(l, lng)).join(', ')
            ) : (
              <span className="muted">{t('detail.none')}</span>
            )}
          </dd>
        </dl>
      </section>

      {detail.backlog.length ? <Backlog detail={detail} /> : null}

      <AgendaEditor detail={detail} />
    </section>
  );
}
