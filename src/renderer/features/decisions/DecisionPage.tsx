import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { ConsensusPanel } from './ConsensusPanel';
import { NoObjectionPanel } from './NoObjectionPanel';
import { StatusTag } from './StatusTag';
import { VotePanel } from './VotePanel';

/** One decision: the proposal, then how it is being reached (consensus, no-objection call, vote). */
export function DecisionPage({ id }: { id: string }) {
  const { t } = useTranslation('decisions');
  const decision = useStore((s) => (s.decision?.id === id ? s.decision : null));
  const loadDecision = useStore((s) => s.loadDecision);
  useEffect(() => {
    void loadDecision(id);
  }, [id, loadDecision]);

  if (!decision) return <p role="status">{t('loading')}</p>;
  return (
    <article className="page decisions" aria-labelledby="decision-title" data-testid="decision-page">
      <a className="back-link" href={href('decisions')}>
        ← {t('title')}
      </a>
      <div className="page-head">
        <h1 id="decision-title">{decision.title}</h1>
        <StatusTag status={decision.status} />
      </div>
      <section className="panel" aria-labelledby="proposal-title">
        <h2 id="proposal-title">{t('proposal.title')}</h2>
        <p className="proposal-text" data-testid="decision-proposal">
          {decision.proposal}
        </p>
        <dl className="facts">
          <dt>{t('proposal.body')}</dt>
          <dd>{decision.bodyName}</dd>
          {decision.proposedBy ? (
            <>
              <dt>{t('proposal.proposedBy')}</dt>
              <dd>{decision.proposedBy}</dd>
            </>
          ) : null}
          <dt>{t('proposal.meeting')}</dt>
          <dd>
            {decision.meetingId && decision.meetingTitle ? (
              <a href={href('meetings', decision.meetingId)} data-testid="decision-meeting-link">
                {decision.meetingTitle}
              </a>
            ) : (
              '—'
            )}
          </dd>
          {decision.itemTitle ? (
            <>
              <dt>{t('proposal.item')}</dt>
              <dd>{decision.itemTitle}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <ConsensusPanel decision={decision} />
      <NoObjectionPanel decision={decision} />
      <VotePanel decision={decision} />
    </article>
  );
}
