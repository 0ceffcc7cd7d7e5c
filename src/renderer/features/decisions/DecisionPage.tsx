import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { ConsensusPanel } from './ConsensusPanel';
import { formatDate } from './format';
import { NoObjectionPanel } from './NoObjectionPanel';
import { StatusTag } from './StatusTag';
import { VotePanel } from './VotePanel';

/** One decision: the proposal, then how it is being reached (consensus, no-objection call, vote). */
export function DecisionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation('decisions');
  const decision = useStore((s) => (s.decision?.id === id ? s.decision : null));
  const loadDecision = useStore((s) => s.loadDecision);
  // A decision recorded in the session: the chair may still take it through the process (the first
  // estimate, or a no-objection call, moves it to `open`).
  const [seeking, setSeeking] = useState<string | null>(null);
  useEffect(() => {
    void loadDecision(id);
    // Another window (the live session, a second laptop view) changed it.
    return on('decisions.changed', (p) => {
      // This window's own changes come back with the core's answer: reload for the others only.
      if (p.decisionId === id && !useStore.getState().decisionBusy()) void loadDecision(id);
    });
  }, [id, loadDecision]);

  if (!decision) return <p role="status">{t('loading')}</p>;
  return (
    <article className="page decisions" aria-labelledby="decision-title" data-testid="decision-page">
      <a className="back-link" href={href('decisions')}>
        ← {t('title')}
      </a>
      <div className="page-head">
        <h1 id="decision-title">{t('proposal.heading', { item: decision.itemTitle })}</h1>
        <StatusTag status={decision.status} />
        {decision.route ? <span className="badge">{t(`route.${decision.route}`)}</span> : null}
      </div>
      <section className="panel" aria-labelledby="proposal-title">
        <h2 id="proposal-title">{t('proposal.title')}</h2>
        <p className="proposal-text" data-testid="decision-proposal">
          {decision.text}
        </p>
        <dl className="facts">
          <dt>{t('proposal.body')}</dt>
          <dd>{decision.bodyName}</dd>
          {decision.proposerName ? (
            <>
              <dt>{t('proposal.proposedBy')}</dt>
              <dd>{decision.proposerName}</dd>
            </>
          ) : null}
          <dt>{t('proposal.meeting')}</dt>
          <dd>
            <a href={href('meetings', decision.meetingId)} data-testid="decision-meeting-link">
              {decision.meetingTitle}
            </a>{' '}
            <span className="muted">{formatDate(decision.meetingStartsAt, i18n.language, decision.timeZone)}</span>
          </dd>
          <dt>{t('proposal.item')}</dt>
          <dd>{decision.itemTitle}</dd>
        </dl>
      </section>
      {decision.status !== 'recorded' || seeking === decision.id ? (
        <>
          {decision.status === 'recorded' ? (
            <p className="muted" role="status" data-testid="seeking-consensus">
              {t('proposal.seekingHint')}
            </p>
          ) : null}
          <ConsensusPanel decision={decision} />
          <NoObjectionPanel decision={decision} />
          <VotePanel decision={decision} />
        </>
      ) : (
        <div className="panel row recorded-note">
          <p className="muted">{t('proposal.recorded')}</p>
          <button type="button" className="button primary push" onClick={() => setSeeking(decision.id)} data-testid="seek-consensus">
            {t('proposal.seekConsensus')}
          </button>
        </div>
      )}
    </article>
  );
}
