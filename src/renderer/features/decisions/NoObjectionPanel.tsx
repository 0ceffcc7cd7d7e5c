import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NO_OBJECTION_DAYS } from '../../../shared/domain/decisions/noObjection';
import type { AppError, Result } from '../../../shared/errors';
import { invoke } from '../../api';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { formatDateTime } from './format';
import type { DecisionDetail } from './model';
import { PeopleOptions } from './options';

/** ALAC Rule 15.3: a call open for N days; objections recorded; at its close, adopted or to a vote. */
export function NoObjectionPanel({ decision }: { decision: DecisionDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const change = useStore((s) => s.changeDecision);
  const [days, setDays] = useState(String(DEFAULT_NO_OBJECTION_DAYS));
  const [memberId, setMemberId] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const call = decision.noObjection;
  const decisionId = decision.id;
  const send = async (p: Promise<Result<DecisionDetail>>) => {
    const res = await change(p);
    setError(res.ok ? null : res.error);
    return res.ok;
  };

  if (!call) {
    if (decision.status !== 'open' && decision.status !== 'recorded') return null;
    const onOpen = async (e: FormEvent) => {
      e.preventDefault();
      await send(invoke('noObjection.open', { decisionId, days: Number(days) }));
    };
    return (
      <section className="panel" aria-labelledby="noobj-title" data-testid="no-objection-panel">
        <h2 id="noobj-title">{t('noObjection.title')}</h2>
        <p className="muted">{t('noObjection.intro')}</p>
        <form className="row inline-form" onSubmit={(e) => void onOpen(e)}>
          <label>
            <span>{t('fields.days')}</span>
            <input type="number" min={1} max={90} value={days} onChange={(e) => setDays(e.target.value)} className="narrow" {...invalidProps(error, 'days', {}, 'noobj-days-error')} data-testid="no-objection-days" />
            <FieldError error={error} input="days" id="noobj-days-error" />
          </label>
          <button type="submit" className="button" data-testid="no-objection-open">
            {t('noObjection.open')}
          </button>
        </form>
        <FieldError error={error} input="decisionId" id="noobj-error" capitalize />
      </section>
    );
  }

  const closed = call.outcome;
  const onObject = async (e: FormEvent) => {
    e.preventDefault();
    if (await send(invoke('noObjection.object', { decisionId, memberId, ...(text.trim() ? { text } : {}) }))) {
      setMemberId('');
      setText('');
    }
  };
  return (
    <section className="panel" aria-labelledby="noobj-title" data-testid="no-objection-panel">
      <h2 id="noobj-title">{t('noObjection.title')}</h2>
      <p data-testid="no-objection-status">
        {closed
          ? t(`noObjection.closed.${closed}`)
          : t('noObjection.openUntil', { days: call.days, date: formatDateTime(call.closesAt, i18n.language) })}
      </p>
      <h3>{t('noObjection.objections', { count: call.objections.length })}</h3>
      {call.objections.length ? (
        <ul data-testid="objections">
          {call.objections.map((o) => (
            <li key={o.memberId} data-testid="objection">
              <strong>{o.name}</strong> <span className="muted">{formatDateTime(o.at, i18n.language)}</span>
              {o.text ? <> — {t('quoted', { text: o.text })}</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {call.supports.length ? <p className="muted">{t('noObjection.supports', { count: call.supports.length, members: call.members })}</p> : null}
      {!closed ? (
        <>
          <form className="row inline-form" onSubmit={(e) => void onObject(e)} data-testid="objection-form">
            <label>
              <span>{t('fields.memberId')}</span>
              <select value={memberId} onChange={(e) => setMemberId(e.target.value)} required {...invalidProps(error, 'memberId', {}, 'objection-member-error')} data-testid="objection-member">
                <PeopleOptions />
              </select>
              <FieldError error={error} input="memberId" id="objection-member-error" />
            </label>
            <label className="grow">
              <span>{t('fields.objection')}</span>
              <input value={text} onChange={(e) => setText(e.target.value)} data-testid="objection-text" />
            </label>
            <button type="submit" className="button" data-testid="objection-submit">
              {t('noObjection.record')}
            </button>
            {memberId ? (
              <button type="button" className="button ghost" onClick={() => void send(invoke('noObjection.support', { decisionId, memberId }))} data-testid="support-submit">
                {t('noObjection.recordSupport')}
              </button>
            ) : null}
          </form>
          <div className="row">
            <button type="button" className="button primary" onClick={() => void send(invoke('noObjection.close', { decisionId }))} data-testid="no-objection-close">
              {t('noObjection.close')}
            </button>
            <span className="muted">{call.objections.length ? t('noObjection.closeToVote') : t('noObjection.closeAdopt')}</span>
          </div>
          <FieldError error={error} input="decisionId" id="noobj-error" capitalize />
        </>
      ) : null}
    </section>
  );
}
