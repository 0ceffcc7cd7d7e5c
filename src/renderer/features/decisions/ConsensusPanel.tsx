import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { consensusOutcome, DESIGNATIONS, phaseOf, replayConsensus, type ConsensusEvent, type Designation } from '../../../shared/domain/decisions/consensus';
import type { AppError } from '../../../shared/errors';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { formatDateTime } from './format';
import type { DecisionDetail } from './model';

/** Who records: the chair's name is not known to the laptop; the events carry what the form says. */
const CHAIR = 'chair';

/** The GNSO designation as a process: estimate, revisions, acceptance, challenges; and minority views. */
export function ConsensusPanel({ decision }: { decision: DecisionDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const decide = useStore((s) => s.decide);
  const replay = useMemo(() => replayConsensus(decision.consensusEvents), [decision.consensusEvents]);
  const state = replay.ok ? replay.value : null;
  const [designation, setDesignation] = useState<Designation>('consensus');
  const [changes, setChanges] = useState('');
  const [challengeReason, setChallengeReason] = useState('');
  const [challengeBy, setChallengeBy] = useState('');
  const [viewText, setViewText] = useState('');
  const [holders, setHolders] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  if (!state) return null;
  const phase = phaseOf(state);
  const outcome = consensusOutcome(state);
  const pending = state.challenges.find((c) => c.outcome === 'pending');
  const last = state.challenges[state.challenges.length - 1];
  const canLiaison = !pending && last?.to === 'chair' && last.outcome === 'maintained';
  const nameOf = (id: string) => decision.members.find((m) => m.id === id)?.name ?? id;

  const send = async (event: ConsensusEvent) => {
    const res = await decide((p) => p.consensus({ decisionId: decision.id, event }));
    setError(res.ok ? null : res.error);
    return res.ok;
  };
  const at = () => new Date().toISOString();

  const onDesignate = async (e: FormEvent) => {
    e.preventDefault();
    const ok = state.designation
      ? await send({ type: 'revise', at: at(), by: CHAIR, designation, changes })
      : await send({ type: 'estimate', at: at(), by: CHAIR, designation });
    if (ok) setChanges('');
  };
  const onChallenge = async (e: FormEvent) => {
    e.preventDefault();
    if (await send({ type: 'challenge', at: at(), by: challengeBy, to: canLiaison ? 'liaison' : 'chair', reason: challengeReason })) setChallengeReason('');
  };
  const onMinority = async (e: FormEvent) => {
    e.preventDefault();
    if (await send({ type: 'minority_view', at: at(), id: `mv-${state.minorityViews.length + 1}`, text: viewText, holders })) {
      setViewText('');
      setHolders([]);
    }
  };

  return (
    <section className="panel consensus" aria-labelledby="consensus-title" data-testid="consensus-panel">
      <h2 id="consensus-title">{t('consensus.title')}</h2>
      <p className="consensus-now">
        <span className="muted">{t('consensus.designation')}: </span>
        <strong data-testid="consensus-designation">{state.designation ? t(`designation.${state.designation}`) : t('consensus.none')}</strong>{' '}
        <span className="badge" data-testid="consensus-phase">
          {t(`consensus.phase.${phase}`)}
        </span>
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

      {!state.accepted && !pending ? (
        <form className="row inline-form" onSubmit={(e) => void onDesignate(e)} data-testid="designation-form">
          <label>
            <span>{state.designation ? t('consensus.revise') : t('consensus.estimate')}</span>
            <select value={designation} onChange={(e) => setDesignation(e.target.value as Designation)} data-testid="designation-select">
              {DESIGNATIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`designation.${d}`)}
                </option>
              ))}
            </select>
          </label>
          {state.designation ? (
            <label className="grow">
              <span>{t('fields.changes')}</span>
              <input value={changes} onChange={(e) => setChanges(e.target.value)} {...invalidProps(error, 'changes', {}, 'consensus-changes-error')} data-testid="designation-changes" />
              <FieldError error={error} input="changes" id="consensus-changes-error" />
            </label>
          ) : null}
          <button type="submit" className="button" data-testid="designation-submit">
            {state.designation ? t('consensus.recordRevision') : t('consensus.recordEstimate')}
          </button>
          {state.designation ? (
            <button type="button" className="button primary" onClick={() => void send({ type: 'accept', at: at(), by: CHAIR })} data-testid="designation-accept">
              {t('consensus.accept')}
            </button>
          ) : null}
        </form>
      ) : null}

      {state.challenges.length > 0 ? (
        <>
          <h3>{t('consensus.challenges')}</h3>
          <ul className="challenges" data-testid="consensus-challenges">
            {state.challenges.map((c, i) => (
              <li key={i}>
                {t('consensus.challengeLine', { by: nameOf(c.by), to: t(`consensus.to.${c.to}`), date: formatDateTime(c.at, i18n.language) })} — “{c.reason}” —{' '}
                <strong>{t(`consensus.challengeOutcome.${c.outcome}`)}</strong>
                {c.designation ? ` (${t(`designation.${c.designation}`)})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {pending ? (
        <div className="row" data-testid="challenge-decide">
          <button type="button" className="button" onClick={() => void send({ type: 'decide_challenge', at: at(), by: pending.to, outcome: 'maintained' })} data-testid="challenge-maintain">
            {t('consensus.maintain')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void send({ type: 'decide_challenge', at: at(), by: pending.to, outcome: 'revised', designation })}
            data-testid="challenge-revise"
          >
            {t('consensus.reviseTo', { designation: t(`designation.${designation}`) })}
          </button>
        </div>
      ) : state.designation && (!state.challenges.length || canLiaison || last?.outcome === 'revised') ? (
        <details className="subform">
          <summary>{canLiaison ? t('consensus.challengeLiaison') : t('consensus.challengeChair')}</summary>
          <form className="form-grid" onSubmit={(e) => void onChallenge(e)} data-testid="challenge-form">
            <label className="field">
              <span>{t('fields.by')}</span>
              <select value={challengeBy} onChange={(e) => setChallengeBy(e.target.value)} required data-testid="challenge-by">
                <option value="">{t('choose')}</option>
                {decision.members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="field wide">
              <span>{t('fields.reason')}</span>
              <textarea value={challengeReason} onChange={(e) => setChallengeReason(e.target.value)} rows={2} required {...invalidProps(error, 'reason', {}, 'challenge-reason-error')} data-testid="challenge-reason" />
              <FieldError error={error} input="reason" id="challenge-reason-error" />
            </label>
            <div>
              <button type="submit" className="button">
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
            <span>{t('fields.holders')}</span>
            <select
              multiple
              size={Math.min(6, Math.max(2, decision.members.length))}
              value={holders}
              onChange={(e) => setHolders([...e.target.selectedOptions].map((o) => o.value))}
              required
              data-testid="minority-holders"
            >
              {decision.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
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
