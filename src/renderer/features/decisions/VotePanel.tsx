import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { choicesOf, resultVisible } from '../../../shared/domain/decisions/rules';
import type { EntryMethod } from '../../../shared/domain/decisions/tally';
import type { AppError } from '../../../shared/errors';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { countryName, formatExact, sideLabel } from './format';
import type { DecisionDetail, VoteDetail } from './model';
import { ResultView } from './ResultView';
import { proxyMaps, useTally } from './selectors';
import { VoteConfig } from './VoteConfig';

/** The fallback vote: its rules, its roll (recusals, proxies), the ballots and the result. */
export function VotePanel({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation('decisions');
  const vote = decision.vote;
  if (!vote && decision.status !== 'voting' && decision.status !== 'consensus') return null;
  return (
    <section className="panel vote" aria-labelledby="vote-title" data-testid="vote-panel">
      <h2 id="vote-title">
        {t('vote.title')} {vote ? <span className="badge" data-testid="vote-status">{t(`vote.status.${vote.status}`)}</span> : null}
      </h2>
      {!vote ? <VoteConfig decision={decision} vote={null} /> : <VoteBody decision={decision} vote={vote} />}
    </section>
  );
}

function VoteBody({ decision, vote }: { decision: DecisionDetail; vote: VoteDetail }) {
  const { t } = useTranslation('decisions');
  const decide = useStore((s) => s.decide);
  if (vote.status === 'closed' || vote.status === 'annulled') return <ResultView vote={vote} />;
  return (
    <>
      {vote.status === 'draft' ? <VoteConfig decision={decision} vote={vote} /> : <RulesSummary vote={vote} />}
      <Electorate vote={vote} />
      {vote.status === 'draft' ? (
        <button type="button" className="button primary" onClick={() => void decide((p) => p.openVote({ voteId: vote.id }))} data-testid="vote-open">
          {t('vote.open')}
        </button>
      ) : (
        <>
          <BallotEntry vote={vote} />
          <LiveResult vote={vote} />
          <div className="row">
            <button type="button" className="button primary" onClick={() => void decide((p) => p.closeVote({ voteId: vote.id }))} data-testid="vote-close">
              {t('vote.close')}
            </button>
          </div>
        </>
      )}
    </>
  );
}

export function RulesSummary({ vote }: { vote: VoteDetail }) {
  const { t } = useTranslation('decisions');
  const r = vote.rules;
  return (
    <dl className="facts rules-summary" data-testid="rules-summary">
      <dt>{t('fields.preset')}</dt>
      <dd>{t(`vote.preset.${vote.preset}`)}</dd>
      <dt>{t('fields.ballot')}</dt>
      <dd>{t(`vote.ballot.${r.ballot}`)}</dd>
      <dt>{t('fields.quorum')}</dt>
      <dd>{t(`vote.quorum.${r.quorum.kind}`)}</dd>
      <dt>{t('fields.threshold')}</dt>
      <dd>{t(`vote.threshold.${r.threshold.kind}`)}</dd>
      <dt>{t('fields.weighting')}</dt>
      <dd>{t(`vote.weighting.${r.weighting.kind}`)}</dd>
    </dl>
  );
}

function Electorate({ vote }: { vote: VoteDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const decide = useStore((s) => s.decide);
  const [recusing, setRecusing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const { holderOf, held } = proxyMaps(vote);
  const editable = vote.status === 'draft';
  const name = (id: string) => vote.electors.find((e) => e.id === id)?.label ?? id;
  const eligible = vote.electors.filter((e) => e.status === 'eligible');
  const onRecuse = async (e: FormEvent, voterId: string) => {
    e.preventDefault();
    const res = await decide((p) => p.recuse({ voteId: vote.id, voterId, recused: true, reason }));
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setRecusing(null);
      setReason('');
    }
  };
  const onProxy = async (from: string, to: string) => {
    const res = await decide((p) => p.proxy({ voteId: vote.id, from, to: to || null }));
    setError(res.ok ? null : res.error);
  };
  return (
    <section aria-labelledby="electorate-title">
      <h3 id="electorate-title">{t(vote.rules.voters === 'als' ? 'electorate.titleAls' : 'electorate.titleMembers', { count: eligible.length })}</h3>
      <FieldError error={error} input="to" id="proxy-error" capitalize />
      <div className="table-wrap">
        <table className="data electorate" data-testid="electorate">
          <thead>
            <tr>
              <th scope="col">{t('electorate.voter')}</th>
              <th scope="col">{t('electorate.country')}</th>
              <th scope="col">{t('electorate.standing')}</th>
              <th scope="col">{t('electorate.proxy')}</th>
              {editable ? <th scope="col">{t('electorate.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {vote.electors.map((e) => (
              <tr key={e.id} data-testid="elector" data-status={e.status}>
                <th scope="row">{e.label}</th>
                <td>{countryName(e.country, i18n.language)}</td>
                <td>
                  <span className={`badge ${e.status === 'eligible' ? 'success' : e.status === 'recused' ? 'warning' : 'danger'}`}>{t(`electorate.status.${e.status}`)}</span>
                  {e.reason ? <span className="muted block">{e.reason}</span> : null}
                </td>
                <td>
                  {holderOf.has(e.id) ? t('electorate.votesThrough', { name: name(holderOf.get(e.id)!) }) : null}
                  {held.has(e.id) ? t('electorate.holds', { names: held.get(e.id)!.map(name).join(', ') }) : null}
                  {!holderOf.has(e.id) && !held.has(e.id) ? '—' : null}
                </td>
                {editable ? (
                  <td className="actions-cell">
                    {e.status === 'recused' ? (
                      <button type="button" className="button small" onClick={() => void decide((p) => p.recuse({ voteId: vote.id, voterId: e.id, recused: false }))}>
                        {t('electorate.unrecuse')}
                      </button>
                    ) : e.status === 'eligible' ? (
                      recusing === e.id ? (
                        <form className="row" onSubmit={(ev) => void onRecuse(ev, e.id)}>
                          <input
                            aria-label={t('electorate.recusalReason', { name: e.label })}
                            value={reason}
                            onChange={(ev) => setReason(ev.target.value)}
                            required
                            {...invalidProps(error, 'reason', {}, 'recuse-reason-error')}
                            data-testid="recuse-reason"
                          />
                          <button type="submit" className="button small" data-testid="recuse-confirm">
                            {t('electorate.recuse')}
                          </button>
                          <FieldError error={error} input="reason" id="recuse-reason-error" />
                        </form>
                      ) : (
                        <button type="button" className="button small" onClick={() => setRecusing(e.id)} data-testid="recuse">
                          {t('electorate.recuse')}
                        </button>
                      )
                    ) : null}
                    {e.status === 'eligible' && vote.rules.proxies.allowed && !held.has(e.id) ? (
                      <select
                        aria-label={t('electorate.proxyTo', { name: e.label })}
                        value={holderOf.get(e.id) ?? ''}
                        onChange={(ev) => void onProxy(e.id, ev.target.value)}
                        data-testid="proxy-select"
                      >
                        <option value="">{t('electorate.inPerson')}</option>
                        {eligible
                          .filter((h) => h.id !== e.id && !holderOf.has(h.id))
                          .map((h) => (
                            <option key={h.id} value={h.id}>
                              {t('electorate.through', { name: h.label })}
                            </option>
                          ))}
                      </select>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const SECRETARY_METHODS: EntryMethod[] = ['secretary', 'show_of_hands', 'phone', 'other'];

/** Ballots: each voter on the laptop, the secretary for a show of hands or a call, or a count. */
function BallotEntry({ vote }: { vote: VoteDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const castBallot = useStore((s) => s.castBallot);
  const enteredBy = useStore((s) => s.ballotEnteredBy);
  const setEnteredBy = useStore((s) => s.setBallotEnteredBy);
  const [mode, setMode] = useState<'voter' | 'secretary' | 'aggregate'>('voter');
  const [voter, setVoter] = useState('');
  const [how, setHow] = useState<EntryMethod>('show_of_hands');
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [country, setCountry] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const choices = choicesOf(vote.rules);
  const { holderOf } = proxyMaps(vote);
  const voted = new Set(vote.ballots.flatMap((b) => (b.kind === 'individual' ? [b.voterId] : [])));
  const waiting = vote.electors.filter((e) => e.status === 'eligible' && !voted.has(e.id));
  const label = (id: string) => vote.electors.find((e) => e.id === id)?.label ?? id;
  const countries = [...new Set(vote.electors.map((e) => e.country).filter((c): c is string => !!c))].sort();
  const secret = vote.rules.ballot === 'secret';
  const who = enteredBy.trim() || t('ballot.defaultEnteredBy');

  const cast = async (choice: string) => {
    if (!voter) return;
    const holder = holderOf.get(voter);
    const res = await castBallot({
      voteId: vote.id,
      ballot: { kind: 'individual', voterId: voter, choice, ...(holder ? { castBy: holder } : {}) },
      enteredBy: who,
      how: mode === 'voter' ? 'voter' : how,
    });
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setLast(voter);
      setVoter('');
    }
  };
  const onAggregate = async (e: FormEvent) => {
    e.preventDefault();
    const c: Record<string, number> = {};
    for (const s of choices) if (counts[s]) c[s] = Number(counts[s]);
    const res = await castBallot({ voteId: vote.id, ballot: { kind: 'aggregate', counts: c, country: country || null, enteredBy: who, how }, enteredBy: who, how });
    setError(res.ok ? null : res.error);
    if (res.ok) setCounts({});
  };

  return (
    <section className="ballot-entry" aria-labelledby="ballot-title" data-testid="ballot-entry">
      <h3 id="ballot-title">{t('ballot.title')}</h3>
      <div className="row">
        <fieldset className="segmented">
          <legend className="sr-only">{t('ballot.mode')}</legend>
          {(['voter', 'secretary', 'aggregate'] as const).map((m) => (
            <label key={m} className={mode === m ? 'on' : ''}>
              <input type="radio" name="ballot-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-testid={`ballot-mode-${m}`} />
              {t(`ballot.modes.${m}`)}
            </label>
          ))}
        </fieldset>
        <label className="push">
          <span>{t('fields.enteredBy')} </span>
          <input value={enteredBy} onChange={(e) => setEnteredBy(e.target.value)} placeholder={t('ballot.defaultEnteredBy')} data-testid="ballot-entered-by" />
        </label>
      </div>
      {mode !== 'aggregate' ? (
        <div className="ballot-form">
          <p className="muted">{mode === 'voter' ? (secret ? t('ballot.voterSecretHint') : t('ballot.voterHint')) : t('ballot.secretaryHint')}</p>
          <div className="row">
            <label>
              <span>{t('fields.voter')} </span>
              <select value={voter} onChange={(e) => setVoter(e.target.value)} {...invalidProps(error, 'voterId', {}, 'ballot-voter-error')} data-testid="ballot-voter">
                <option value="">{t('ballot.chooseVoter', { count: waiting.length })}</option>
                {waiting.map((e) => (
                  <option key={e.id} value={e.id}>
                    {holderOf.has(e.id) ? t('ballot.byProxy', { voter: e.label, holder: label(holderOf.get(e.id)!) }) : e.label}
                  </option>
                ))}
              </select>
            </label>
            {mode === 'secretary' ? (
              <label>
                <span>{t('fields.how')} </span>
                <select value={how} onChange={(e) => setHow(e.target.value as EntryMethod)} data-testid="ballot-how">
                  {SECRETARY_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {t(`entry.${m}`)}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
          <div className="row choices" role="group" aria-label={t('ballot.choice')}>
            {choices.map((c) => (
              <button key={c} type="button" className={`button choice choice-${c}`} disabled={!voter} onClick={() => void cast(c)} data-testid={`ballot-choice-${c}`}>
                {sideLabel(t, vote.rules, c)}
              </button>
            ))}
          </div>
          <FieldError error={error} input="voterId" id="ballot-voter-error" capitalize />
          <p role="status" className="muted" data-testid="ballot-last">
            {last ? t(secret ? 'ballot.recordedSecret' : 'ballot.recorded', { voter: label(last) }) : ''}
          </p>
        </div>
      ) : (
        <form className="ballot-form" onSubmit={(e) => void onAggregate(e)} data-testid="aggregate-form">
          <div className="row">
            {choices.map((c) => (
              <label key={c}>
                <span>{sideLabel(t, vote.rules, c)} </span>
                <input type="number" min={0} className="narrow" value={counts[c] ?? ''} onChange={(e) => setCounts({ ...counts, [c]: e.target.value })} data-testid={`aggregate-${c}`} />
              </label>
            ))}
            <label>
              <span>{t('fields.country')} </span>
              <select value={country} onChange={(e) => setCountry(e.target.value)} {...invalidProps(error, 'country', {}, 'aggregate-country-error')} data-testid="aggregate-country">
                <option value="">—</option>
                {countries.map((c) => (
                  <option key={c} value={c}>
                    {countryName(c, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('fields.how')} </span>
              <select value={how} onChange={(e) => setHow(e.target.value as EntryMethod)} data-testid="aggregate-how">
                {(['remote_count', 'online', 'phone', 'show_of_hands', 'other'] as const).map((m) => (
                  <option key={m} value={m}>
                    {t(`entry.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button" data-testid="aggregate-submit">
              {t('ballot.recordCount')}
            </button>
          </div>
          <FieldError error={error} input="counts" id="aggregate-counts-error" capitalize />
          <FieldError error={error} input="country" id="aggregate-country-error" capitalize />
        </form>
      )}
      <details className="subform">
        <summary>{t('ballot.recordedList', { count: vote.ballots.length })}</summary>
        <ul className="ballot-list" data-testid="ballot-list">
          {vote.ballots.map((b) => (
            <li key={b.id}>
              {b.kind === 'individual'
                ? t('ballot.line', { voter: label(b.voterId), choice: secret ? t('ballot.hidden') : sideLabel(t, vote.rules, b.choice), how: t(`entry.${b.how}`), by: b.enteredBy })
                : t('ballot.countLine', {
                    counts: Object.entries(b.counts)
                      .map(([k, v]) => `${sideLabel(t, vote.rules, k)} ${v}`)
                      .join(', '),
                    country: countryName(b.country, i18n.language),
                    how: t(`entry.${b.how}`),
                    by: b.enteredBy,
                  })}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** The result while the vote is open: shown for a roll call, hidden for a secret ballot. */
function LiveResult({ vote }: { vote: VoteDetail }) {
  const { t, i18n } = useTranslation('decisions');
  const result = useTally(vote);
  if (!resultVisible(vote.rules, vote.status)) {
    return (
      <p className="panel-note" data-testid="live-result-hidden">
        {t('result.hiddenUntilClose', { count: result.participation.participants })}
      </p>
    );
  }
  return (
    <section aria-labelledby="live-result-title" data-testid="live-result">
      <h3 id="live-result-title">{t('result.live')}</h3>
      <p>
        {result.counts.map((c) => (
          <span key={c.side} className="count-chip" data-testid={`live-count-${c.side}`}>
            {sideLabel(t, vote.rules, c.side)}: <strong>{c.raw}</strong>
            {c.weighted && vote.rules.weighting.kind !== 'none' ? <span className="muted"> ({formatExact(c.weighted, i18n.language)})</span> : null}
          </span>
        ))}
        <span className={`badge ${result.outcome === 'adopted' ? 'success' : 'warning'}`} data-testid="live-outcome">
          {t(`result.soFar.${result.outcome}`)}
        </span>
      </p>
    </section>
  );
}
