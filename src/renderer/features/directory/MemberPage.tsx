import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/domain/directory/contract';
import { invoke } from '../../api';
import { href, navigate } from '../../app/route';
import { useStore } from '../../store';
import { countryName } from './format';
import { MemberForm } from './MemberForm';
import { RolesPanel } from './RolesPanel';

/** #/directory/members/new: the create form; #/directory/members/<id>: the member, editable, with roles. */
export function MemberPage({ id }: { id: string }) {
  const { t } = useTranslation('directory');
  if (id === 'new') {
    return (
      <>
        <BackLink />
        <h2 className="dir-subtitle">{t('member.newTitle')}</h2>
        <MemberForm onSaved={(m) => navigate('directory', 'members', m.id)} />
      </>
    );
  }
  return <ExistingMember id={id} />;
}

function BackLink() {
  const { t } = useTranslation('directory');
  return (
    <a className="dir-back" href={href('directory', 'members')}>
      <span aria-hidden="true">← </span>
      {t('members.back')}
    </a>
  );
}

function ExistingMember({ id }: { id: string }) {
  const { t, i18n } = useTranslation('directory');
  const run = useStore((s) => s.run);
  const showError = useStore((s) => s.showError);
  const version = useStore((s) => s.directory.version);
  const [detail, setDetail] = useState<MemberDetail | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke('members.get', { id }).then((res) => {
      if (!live) return;
      if (res.ok) setDetail(res.value);
      else {
        setMissing(true);
        showError(res.error, 'directory');
      }
    });
    return () => {
      live = false;
    };
  }, [id, version, showError]);

  if (missing && !detail) return <BackLink />;
  if (!detail) return <p className="muted">{t('members.loading')}</p>;
  const { member } = detail;
  const archived = member.deletedAt !== null;

  return (
    <>
      <BackLink />
      <div className="row dir-head">
        <h2 className="dir-subtitle" data-testid="member-title">
          {member.name}
        </h2>
        {archived && <span className="badge warning">{t('archived')}</span>}
        <span className="muted">
          {countryName(member.country, i18n.language)}
          {detail.als ? ` · ${detail.als.name}` : ` · ${t('members.individual')}`}
        </span>
        <span className="spacer" />
        {archived ? (
          <button type="button" className="button" onClick={() => void run(invoke('members.restore', { id }), 'directory')} data-testid="member-restore">
            {t('actions.restore')}
          </button>
        ) : (
          <button type="button" className="button danger" onClick={() => void run(invoke('members.archive', { id }), 'directory')} data-testid="member-archive">
            {t('actions.archive')}
          </button>
        )}
      </div>
      {archived && <p className="warning-box">{t('member.archivedHint')}</p>}
      <MemberForm member={member} currentAls={detail.als} disabled={archived} onSaved={() => undefined} />
      <RolesPanel detail={detail} disabled={archived} />
    </>
  );
}
