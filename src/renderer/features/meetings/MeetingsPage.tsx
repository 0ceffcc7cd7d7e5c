import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { MeetingDetailView } from './MeetingDetailView';
import { MeetingList } from './MeetingList';
import './meetings.css';

/** #/meetings: the list and the create form; #/meetings/<id>: one meeting and its agenda. */
export function MeetingsPage({ params }: { params: string[] }) {
  const loadMeetings = useStore((s) => s.loadMeetings);
  const loadMeetingBodies = useStore((s) => s.loadMeetingBodies);
  const loadPresenters = useStore((s) => s.loadPresenters);
  const id = params[0];

  useEffect(() => {
    void loadMeetingBodies();
    void loadMeetings();
    void loadPresenters();
    // Bodies and members are the directory's: refresh when it changes them.
    return on('data.changed', (p) => {
      if (p.entity === 'bodies') void loadMeetingBodies();
      if (p.entity === 'members') void loadPresenters();
    });
  }, [loadMeetings, loadMeetingBodies, loadPresenters]);

  return id ? <MeetingScreen id={id} /> : <MeetingList />;
}

function MeetingScreen({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const detail = useStore((s) => s.meetingDetail);
  const loadMeeting = useStore((s) => s.loadMeeting);
  const [loadedId, setLoadedId] = useState<string | null>(null);

  useEffect(() => {
    void loadMeeting(id).then(() => setLoadedId(id));
  }, [id, loadMeeting]);

  if (detail?.meeting.id === id) return <MeetingDetailView detail={detail} />;
  if (loadedId !== id) return <p className="muted">{t('status.loading', { ns: 'common' })}</p>;
  return (
    <section className="page" aria-labelledby="meeting-missing">
      <h1 id="meeting-missing">{t('detail.notFound')}</h1>
      <a href={href('meetings')}>{t('detail.back')}</a>
    </section>
  );
}
