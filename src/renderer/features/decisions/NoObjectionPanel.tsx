import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NO_OBJECTION_DAYS, noObjectionStatus } from '../../../shared/domain/decisions/noObjection';
import type { AppError } from '../../../shared/errors';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { formatDateTime } from './format';
import type { DecisionDetail } from './model';

/** ALAC Rule 15.3: a call open for N days; objections recorded; at its close, adopted or to a vote. */
export function NoObjectionPanel({ decision }: { decision: DecisionDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const decide = useStore((s) => s.decide);
  const [days, setDays] = useState(String(DEFAULT_NO_OBJECTION_DAYS));
  const [by, setBy] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const call = decision.noObjection;
  const done = <T,>(res: { ok: true; value: T } | { ok: false; error: AppError }) => {
    setError(res.ok ? null : res.error);
    return res.ok;
  };
  const nameOf = (id: string) => decision.members.find((m) => m.id === id)?.name ?? id;

  if (!call) {
    if (decision.status !== 'consensus') return null;
    const onOpen = async (e: FormEvent) => {
      e.preventDefault();
      done(await decide((p) => p.openNoObjection({ decisionId: decision.id, days: Number(days) })));
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
      </section>
    );
  }

  const status = noObjectionStatus(call, new Date().toISOString(), decision.members.map((m) => m.id));
  const closed = decision.noObjectionClosed;
  const onObject = async (e: FormEvent) => {
    e.preventDefault();
    if (done(await decide((p) => p.object({ decisionId: decision.id, by, ...(text.trim() ? { text } : {}) })))) {
      setBy('');
      setText('');
    }
  };
  return (
    <section className="panel" aria-labelledby="noobj-title" data-testid="no-objection-panel">
      <h2 id="noobj-title">{t('noObjection.title')}</h2>
      <p data-testid="no-objection-status">
        {closed
          ? t(`noObjection.closed.${closed}`)
          : t('noObjection.openUntil', { days: call.days, date: formatDateTime(status.closesAt, i18n.language) })}
      </p>
      <h3>{t('noObjection.objections', { count: call.objections.length })}</h3>
      {call.objections.length ? (
        <ul data-testid="objections">
          {call.objections.map((o) => (
            <li key={o.by} data-testid="objection">
              <strong>{nameOf(o.by)}</strong> <span className="muted">{formatDateTime(o.at, i18n.language)}</span>
              {o.text ? <> — “{o.text}”</> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!closed ? (
        <>
          <form className="row inline-form" onSubmit={(e) => void onObject(e)} data-testid="objection-form">
            <label>
              <span>{t('fields.by')}</span>
              <select value={by} onChange={(e) => setBy(e.target.value)} required {...invalidProps(error, 'by', {}, 'objection-by-error')} data-testid="objection-by">
                <option value="">{t('choose')}</option>
                {decision.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
              <FieldError error={error} input="by" id="objection-by-error" />
            </label>
            <label className="grow">
              <span>{t('fields.objection')}</span>
              <input value={text} onChange={(e) => setText(e.target.value)} data-testid="objection-text" />
            </label>
            <button type="submit" className="button" data-testid="objection-submit">
              {t('noObjection.record')}
            </button>
          </form>
          <div className="row">
            <button type="button" className="button primary" onClick={() => void decide((p) => p.closeNoObjection({ decisionId: decision.id }))} data-testid="no-objection-close">
              {t('noObjection.close')}
            </button>
            <span className="muted">{call.objections.length ? t('noObjection.closeToVote') : t('noObjection.closeAdopt')}</span>
          </div>
        </>
      ) : null}
    </section>
  );
}
