import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consensusOutcome, DESIGNATIONS, type Designation } from '../../../shared/domain/decisions/consensus';
import type { AppError, Result } from '../../../shared/errors';
import { invoke } from '../../api';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { formatDateTime } from './format';
import type { DecisionDetail } from './model';
import { PeopleOptions } from './options';

/** The GNSO designation as a process: estimate, revisions, acceptance, challenges; and minority views. */
export function ConsensusPanel({ decision }: { decision: DecisionDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const change = useStore((s) => s.changeDecision);
  const people = useStore((s) => s.decisionPeople);
  const [designation, setDesignation] = useState<Designation>('consensus');
  const [changed, setChanged] = useState('');
  const [challengeText, setChallengeText] = useState('');
  const [challengeBy, setChallengeBy] = useState('');
  const [viewText, setViewText] = useState('');
  const [holders, setHolders] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const state = decision.consensus;
  const phase = state.phase;
  const outcome = consensusOutcome(state);
  const pending = state.challenges.find((c) => c.outcome === 'pending');
  const last = state.challenges[state.challenges.length - 1];
  const canLiaison = !pending && last?.to === 'chair' && last.outcome === 'maintained';
  const nameOf = (id: string) => decision.names[id] ?? people.find((p) => p.id === id)?.name ?? id;
  const settled = decision.status === 'adopted' || decision.status === 'rejected';
  const decisionId = decision.id;

  const send = async (call: Promise<Result<DecisionDetail>>) => {
    const res = await change(call);
    setError(res.ok ? null : res.error);
    return res.ok;
  };
  const onDesignate = async (e: FormEvent) => {
    e.preventDefault();
    const ok = state.designation
      ? await send(invoke('consensus.revise', { decisionId, designation, changed }))
      : await send(invoke('consensus.estimate', { decisionId, designation }));
    if (ok) setChanged('');
  };
  const onChallenge = async (e: FormEvent) => {
    e.preventDefault();
    if (await send(invoke('consensus.challenge', { decisionId, to: canLiaison ? 'liaison' : 'chair', text: challengeText, by: challengeBy }))) setChallengeText('');
  };
  const onMinority = async (e: FormEvent) => {
    e.preventDefault();
    if (await send(invoke('minority.add', { decisionId, holderIds: holders, text: viewText }))) {
      setViewText('');
      setHolders([]);
    }
  };

  return (
    <section className="panel consensus" aria-labelledby="consensus-title" data-testid="consensus-panel">
      <h2 id="consensus-title">{t('consensus.title')}</h2>
      <p className="consensus-now">
        <span className="muted">{t('consensus.designationLabel')} </span>
        <strong data-testid="consensus-designation">{state.designation ? t(`designation.${state.designation}`) : t('consensus.none')}</strong>
        {state.designation || decision.status === 'open' ? (
          <span className="badge" data-testid="consensus-phase">
            {t(`consensus.phase.${phase}`)}
          </span>
        ) : null}
        {outcome !== 'pending' ? (
          <span className={`badge ${outcome === 'adopted' ? 'success' : 'warning'}`} data-testid="consensus-outcome">
            {t(`consensus.outcome.${outcome}`)}
          </span>
        ) : null}
      </p>

      {state.rounds.length > 0 ? (
        <ol className="rounds" aria-label={t('consensus.rounds')} data-testid="consensus-rounds">
          {state.rounds.map((r) => (
            <li key={r.round}>
              <span className="muted">{formatDateTime(r.at, i18n.language)}</span> — <strong>{t(`designation.${r.designation}`)}</strong>
              {r.round === 0 ? <span className="muted"> ({t('consensus.estimate')})</span> : <span> — {r.changes}</span>}
            </li>
          ))}
          {state.accepted ? (
            <li>
              <span className="muted">{formatDateTime(state.accepted.at, i18n.language)}</span> — {t('consensus.acceptedNote')}
            </li>
          ) : null}
        </ol>
      ) : null}

      {!state.accepted && !pending && (decision.status === 'open' || decision.status === 'recorded') ? (
        <form className="row inline-form" onSubmit={(e) => void onDesignate(e)} data-testid="designation-form">
          <label>
            <span>{state.designation ? t('consensus.revise') : t('consensus.estimate')}</span>
            <select value={designation} onChange={(e) => setDesignation(e.target.value as Designation)} {...invalidProps(error, 'designation', {}, 'designation-error')} data-testid="designation-select">
              {DESIGNATIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`designation.${d}`)}
                </option>
              ))}
            </select>
          </label>
          {state.designation ? (
            <label className="grow">
              <span>{t('fields.changed')}</span>
              <input value={changed} onChange={(e) => setChanged(e.target.value)} required {...invalidProps(error, 'changed', {}, 'consensus-changed-error')} data-testid="designation-changed" />
              <FieldError error={error} input="changed" id="consensus-changed-error" />
            </label>
          ) : null}
          <button type="submit" className="button" data-testid="designation-submit">
            {state.designation ? t('consensus.recordRevision') : t('consensus.recordEstimate')}
          </button>
          {state.designation ? (
            <button type="button" className="button primary" onClick={() => void send(invoke('consensus.accept', { decisionId }))} data-testid="designation-accept">
              {t('consensus.accept')}
            </button>
          ) : null}
          <FieldError error={error} input="designation" id="designation-error" capitalize />
        </form>
      ) : null}

      {state.challenges.length > 0 ? (
        <>
          <h3>{t('consensus.challenges')}</h3>
          <ul className="challenges" data-testid="consensus-challenges">
            {state.challenges.map((c, i) => (
              <li key={i}>
                {t('consensus.challengeLine', { by: nameOf(c.by), to: t(`consensus.to.${c.to}`), date: formatDateTime(c.at, i18n.language) })} — {t('quoted', { text: c.reason })} —{' '}
                <strong>{t(`consensus.challengeOutcome.${c.outcome}`)}</strong>
                {c.designation ? ` (${t(`designation.${c.designation}`)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pending ? (
        <div className="row" data-testid="challenge-decide">
          <button type="button" className="button" onClick={() => void send(invoke('consensus.resolveChallenge', { decisionId, outcome: 'maintained' }))} data-testid="challenge-maintain">
            {t('consensus.maintain')}
          </button>
          <select aria-label={t('consensus.revise')} value={designation} onChange={(e) => setDesignation(e.target.value as Designation)} data-testid="challenge-designation">
            {DESIGNATIONS.map((d) => (
              <option key={d} value={d}>
                {t(`designation.${d}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={() => void send(invoke('consensus.resolveChallenge', { decisionId, outcome: 'revised', designation }))} data-testid="challenge-revise">
            {t('consensus.reviseTo')}
          </button>
        </div>
      ) : state.designation && !settled && (!state.challenges.length || canLiaison) ? (
        <details className="subform">
          <summary>{canLiaison ? t('consensus.challengeLiaison') : t('consensus.challengeChair')}</summary>
          <form className="form-grid" onSubmit={(e) => void onChallenge(e)} data-testid="challenge-form">
            <label className="field">
              <span>{t('fields.by')}</span>
              <select value={challengeBy} onChange={(e) => setChallengeBy(e.target.value)} required {...invalidProps(error, 'by', {}, 'challenge-by-error')} data-testid="challenge-by">
                <PeopleOptions />
              </select>
              <FieldError error={error} input="by" id="challenge-by-error" />
            </label>
            <label className="field wide">
              <span>{t('fields.reason')}</span>
              <textarea value={challengeText} onChange={(e) => setChallengeText(e.target.value)} rows={2} required {...invalidProps(error, 'text', {}, 'challenge-text-error')} data-testid="challenge-text" />
              <FieldError error={error} input="text" id="challenge-text-error" />
            </label>
            <div>
              <button type="submit" className="button" data-testid="challenge-submit">
                {t('consensus.recordChallenge')}
              </button>
            </div>
          </form>
        </details>
      ) : null}

      <h3>{t('consensus.minorityViews')}</h3>
      {state.minorityViews.length === 0 ? (
        <p className="muted">{t('consensus.noMinorityViews')}</p>
      ) : (
        <ul className="minority-views" data-testid="minority-views">
          {state.minorityViews.map((m) => (
            <li key={m.id} data-testid="minority-view">
              <blockquote>{m.text}</blockquote>
              <p className="muted">{t('consensus.heldBy', { names: m.holders.map(nameOf).join(', ') })}</p>
            </li>
          ))}
        </ul>
      )}
      <details className="subform">
        <summary>{t('consensus.addMinorityView')}</summary>
        <form className="form-grid" onSubmit={(e) => void onMinority(e)} data-testid="minority-form">
          <label className="field wide">
            <span>{t('fields.text')}</span>
            <textarea value={viewText} onChange={(e) => setViewText(e.target.value)} rows={3} required {...invalidProps(error, 'text', {}, 'minority-text-error')} data-testid="minority-text" />
            <FieldError error={error} input="text" id="minority-text-error" />
          </label>
          <label className="field wide">
            <span>{t('fields.holderIds')}</span>
            <select
              multiple
              size={Math.min(6, Math.max(2, people.length))}
              value={holders}
              onChange={(e) => setHolders([...e.target.selectedOptions].map((o) => o.value))}
              required
              {...invalidProps(error, 'holderIds', {}, 'minority-holders-error')}
              data-testid="minority-holders"
            >
              <PeopleOptions multiple />
            </select>
            <FieldError error={error} input="holderIds" id="minority-holders-error" />
          </label>
          <div>
            <button type="submit" className="button" data-testid="minority-submit">
              {t('consensus.recordMinorityView')}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}
