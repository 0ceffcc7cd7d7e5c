import { memo, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteRules } from '../../../shared/domain/decisions/rules';
import { choicesOf } from '../../../shared/domain/decisions/rules';
import type { EntryMethod } from '../../../shared/domain/decisions/tally';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { countryName, formatExact, sideLabel } from './format';
import { presetOf, type DecisionDetail, type VoteView } from './model';
import { ResultView } from './ResultView';
import { heldBy } from './selectors';
import { VoteConfig } from './VoteConfig';
import { PeopleOptions } from './options';

/** The fallback vote: its rules, its roll (recusals, proxies), the ballots and the result. */
export function VotePanel({ decision }: { decision: DecisionDetail }) {
  const { t } = useTranslation('decisions');
  const changeVote = useStore((s) => s.changeVote);
  const [defaults, setDefaults] = useState<VoteRules | null>(null);
  const votes = decision.votes;
  const current = [...votes].reverse().find((v) => v.status !== 'annulled') ?? null;
  const earlier = votes.filter((v) => v !== current);
  const needsVote = !current && (decision.status === 'to_vote' || decision.status === 'open' || decision.status === 'voting');
  useEffect(() => {
    if (!needsVote) return;
    let live = true;
    void invoke('decisions.settings', { bodyId: decision.bodyId }).then((res) => {
      if (live && res.ok) setDefaults(res.value.voteRules);
    });
    return () => {
      live = false;
    };
  }, [needsVote, decision.bodyId]);
  if (!current && !needsVote && earlier.length === 0) return null;
  return (
    <section className="panel vote" aria-labelledby="vote-title" data-testid="vote-panel">
      <h2 id="vote-title">
        {t('vote.title')}
        {current ? (
          <span className="badge" data-testid="vote-status">
            {t(`vote.status.${current.status}`)}
          </span>
        ) : null}
        {current && current.round > 1 ? <span className="badge warning">{t('vote.round', { round: current.round })}</span> : null}
      </h2>
      {current ? (
        <VoteBody decision={decision} vote={current} />
      ) : needsVote ? (
        defaults ? (
          <VoteConfig key={decision.id} initial={defaults} onSubmit={(rules) => changeVote(invoke('votes.create', { decisionId: decision.id, rules }), true)} />
        ) : (
          <p role="status">{t('loading')}</p>
        )
      ) : null}
      {earlier.length ? (
        <details className="subform">
          <summary>{t('vote.earlier', { count: earlier.length })}</summary>
          {earlier.map((v) => (
            <ResultView key={v.id} vote={v} />
          ))}
        </details>
      ) : null}
    </section>
  );
}

function VoteBody({ decision, vote }: { decision: DecisionDetail; vote: VoteView }) {
  const { t } = useTranslation('decisions');
  const changeVote = useStore((s) => s.changeVote);
  if (vote.status === 'closed') return <ResultView vote={vote} />;
  const voteId = vote.id;
  return (
    <>
      {vote.status === 'draft' ? <DraftRules vote={vote} /> : <RulesSummary vote={vote} />}
      <Electorate decision={decision} vote={vote} />
      {vote.status === 'draft' ? (
        <button type="button" className="button primary" onClick={() => void changeVote(invoke('votes.open', { voteId }), true)} data-testid="vote-open">
          {t('vote.open')}
        </button>
      ) : (
        <>
          <BallotEntry vote={vote} />
          <LiveResult vote={vote} />
          <CloseVote vote={vote} />
        </>
      )}
    </>
  );
}

/** A draft's rules: the summary, and the same rules form to change them until the vote opens. */
function DraftRules({ vote }: { vote: VoteView }) {
  const { t } = useTranslation('decisions');
  const changeVote = useStore((s) => s.changeVote);
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <VoteConfig
        initial={vote.rules}
        title={t('vote.editTitle')}
        submitLabel={t('vote.saveRules')}
        onCancel={() => setEditing(false)}
        onSubmit={async (rules) => {
          const res = await changeVote(invoke('votes.update', { voteId: vote.id, rules }));
          if (res.ok) setEditing(false);
          return res;
        }}
      />
    );
  }
  return (
    <>
      <RulesSummary vote={vote} />
      <button type="button" className="button small" onClick={() => setEditing(true)} data-testid="vote-edit-rules">
        {t('vote.editRules')}
      </button>
    </>
  );
}

function CloseVote({ vote }: { vote: VoteView }) {
  const { t } = useTranslation('decisions');
  const changeVote = useStore((s) => s.changeVote);
  const [casting, setCasting] = useState<{ by: string; choice: string } | null>(null);
  const voteId = vote.id;
  const close = async () => {
    const res = await changeVote(invoke('votes.close', { voteId, ...(casting?.by && casting.choice ? { castingVote: casting } : {}) }), true);
    if (!res.ok && res.error.code === 'casting_vote_required') setCasting({ by: '', choice: '' });
  };
  return (
    <div className="row close-row">
      {casting ? (
        <>
          <label>
            <span>{t('fields.castingBy')} </span>
            <select value={casting.by} onChange={(e) => setCasting({ ...casting, by: e.target.value })} data-testid="casting-by">
              <PeopleOptions />
            </select>
          </label>
          <label>
            <span>{t('fields.castingChoice')} </span>
            <select value={casting.choice} onChange={(e) => setCasting({ ...casting, choice: e.target.value })} data-testid="casting-choice">
              <option value="">{t('choose')}</option>
              {choicesOf(vote.rules)
                .filter((c) => c !== 'abstain')
                .map((c) => (
                  <option key={c} value={c}>
                    {sideLabel(t, vote.rules, c)}
                  </option>
                ))}
            </select>
          </label>
        </>
      ) : null}
      <button type="button" className="button primary" onClick={() => void close()} data-testid="vote-close">
        {t('vote.close')}
      </button>
      {vote.rules.quorum.kind !== 'none' && !vote.extendedFrom ? (
        <button type="button" className="button" onClick={() => void changeVote(invoke('votes.extend', { voteId }))} data-testid="vote-extend">
          {t('vote.extend')}
        </button>
      ) : null}
      {vote.extendedFrom ? <span className="muted">{t('vote.extended')}</span> : null}
    </div>
  );
}

export function RulesSummary({ vote }: { vote: Pick<VoteView, 'rules'> }) {
  const { t } = useTranslation('decisions');
  const r = vote.rules;
  return (
    <dl className="facts rules-summary" data-testid="rules-summary">
      <dt>{t('fields.preset')}</dt>
      <dd>{t(`vote.preset.${presetOf(r)}`)}</dd>
      <dt>{t('fields.voters')}</dt>
      <dd>{t(`vote.voters.${r.voters}`)}</dd>
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

function Electorate({ decision, vote }: { decision: DecisionDetail; vote: VoteView }) {
  const { t, i18n } = useTranslation('decisions');
  const changeDecision = useStore((s) => s.changeDecision);
  const changeVote = useStore((s) => s.changeVote);
  const loadDecision = useStore((s) => s.loadDecision);
  const [recusing, setRecusing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const held = heldBy(vote);
  const editable = vote.status === 'draft';
  const label = (id: string) => vote.electors.find((e) => e.id === id)?.label ?? id;
  const eligible = vote.electors.filter((e) => e.status === 'eligible');
  const proxyOf = (giver: string) => vote.proxies.find((p) => p.giverId === giver);
  const onRecuse = async (e: FormEvent, voterId: string) => {
    e.preventDefault();
    const who = vote.rules.voters === 'als' ? { alsId: voterId } : { memberId: voterId };
    const res = await changeDecision(invoke('decisions.recuse', { decisionId: decision.id, ...who, reason }));
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setRecusing(null);
      setReason('');
    }
  };
  const onProxy = async (giverId: string, holderId: string) => {
    const existing = proxyOf(giverId);
    let res = existing ? await changeVote(invoke('votes.removeProxy', { voteId: vote.id, proxyId: existing.id })) : null;
    if (holderId && (!res || res.ok)) res = await changeVote(invoke('votes.proxy', { voteId: vote.id, giverId, holderId }));
    setError(res && !res.ok ? res.error : null);
    if (res && !res.ok) await loadDecision(decision.id);
  };
  return (
    <section aria-labelledby="electorate-title">
      <h3 id="electorate-title">{t(vote.rules.voters === 'als' ? 'electorate.titleAls' : 'electorate.titleMembers', { count: eligible.length })}</h3>
      <FieldError error={error} input="holderId" id="proxy-error" capitalize />
      <div className="table-wrap">
        <table className="data electorate" data-testid="electorate">
          <thead>
            <tr>
              <th scope="col">{t('electorate.voter')}</th>
              <th scope="col">{t('electorate.country')}</th>
              <th scope="col">{t('electorate.standing')}</th>
              <th scope="col">{t('electorate.proxy')}</th>
              {editable ? <th scope="col">{t('electorate.actions')}</th> : <th scope="col">{t('electorate.voted')}</th>}
            </tr>
          </thead>
          <tbody>
            {vote.electors.map((e) => (
              <ElectorLine
                key={e.id}
                e={e}
                lng={i18n.language}
                through={e.proxyHolderId ? label(e.proxyHolderId) : null}
                holds={held.get(e.id)?.join(', ') ?? null}
                actions={
                  editable ? (
                    <>
                      {e.status === 'eligible' ? (
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
                          value={e.proxyHolderId ?? ''}
                          onChange={(ev) => void onProxy(e.id, ev.target.value)}
                          data-testid="proxy-select"
                        >
                          <option value="">{t('electorate.inPerson')}</option>
                          {eligible
                            .filter((h) => h.id !== e.id && !h.proxyHolderId)
                            .map((h) => (
                              <option key={h.id} value={h.id}>
                                {t('electorate.through', { name: h.label })}
                              </option>
                            ))}
                        </select>
                      ) : null}
                    </>
                  ) : undefined
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * A line of the roll. While the vote is open it re-renders only when that voter's line changes; a
 * draft's line carries its recusal and proxy controls (`actions`).
 */
const ElectorLine = memo(function ElectorLine({
  e,
  lng,
  through,
  holds,
  actions,
}: {
  e: VoteView['electors'][number];
  lng: string;
  through: string | null;
  holds: string | null;
  /** A draft's recusal and proxy controls, in place of the "voted" cell. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation('decisions');
  return (
    <tr data-testid="elector" data-status={e.status} data-id={e.id}>
      <th scope="row">{e.label}</th>
      <td>{countryName(e.country, lng)}</td>
      <td>
        <span className={`badge ${e.status === 'eligible' ? 'success' : e.status === 'recused' ? 'warning' : 'danger'}`}>{t(`electorate.status.${e.status}`)}</span>
        {e.note ? <span className="muted block">{e.note}</span> : null}
      </td>
      <td>
        {through ? t('electorate.votesThrough', { name: through }) : null}
        {holds ? t('electorate.holds', { names: holds }) : null}
        {!through && !holds ? '—' : null}
      </td>
      {actions !== undefined ? (
        <td>
          <div className="actions-cell">{actions}</div>
        </td>
      ) : (
        <td>
          {e.voted ? (
            <>
              <span aria-hidden="true">✓</span>
              <span className="sr-only">{t('electorate.voted')}</span>
            </>
          ) : null}
        </td>
      )}
    </tr>
  );
});

const SECRETARY_METHODS: EntryMethod[] = ['show_of_hands', 'phone', 'secretary', 'other'];

/** Ballots: each voter on the laptop, the secretary for a show of hands or a call, or a count. */
function BallotEntry({ vote }: { vote: VoteView }) {
  const { t, i18n } = useTranslation('decisions');
  const changeVote = useStore((s) => s.changeVote);
  const castBallot = useStore((s) => s.castBallot);
  const people = useStore((s) => s.decisionPeople);
  const enteredBy = useStore((s) => s.ballotEnteredBy);
  const setEnteredBy = useStore((s) => s.setBallotEnteredBy);
  const [mode, setMode] = useState<'voter' | 'secretary' | 'aggregate'>('voter');
  const [voter, setVoter] = useState('');
  const [how, setHow] = useState<EntryMethod>('show_of_hands');
  const [countHow, setCountHow] = useState<EntryMethod>('remote_count');
  const [counts, setCounts] = useState<Record<string, string>>({});
  const [country, setCountry] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const voterSelect = useRef<HTMLSelectElement>(null);
  const choices = choicesOf(vote.rules);
  const waiting = vote.electors.filter((e) => e.status === 'eligible' && !e.voted);
  const label = (id: string | null) => (id ? (vote.electors.find((e) => e.id === id)?.label ?? id) : '—');
  const countries = [...new Set(vote.electors.map((e) => e.country).filter((c): c is string => !!c))].sort();
  const secret = vote.rules.ballot === 'secret';
  const personName = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? id) : t('ballot.theVoter'));

  const cast = async (choice: string) => {
    if (!voter) return;
    const holder = vote.electors.find((e) => e.id === voter)?.proxyHolderId;
    const res = await castBallot({
      voteId: vote.id,
      voterId: voter,
      choice,
      ...(holder ? { castBy: holder } : {}),
      how: mode === 'voter' ? 'voter' : how,
      ...(mode !== 'voter' && enteredBy ? { enteredBy } : {}),
    });
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setLast(voter);
      setVoter('');
      // The choice buttons go disabled: the next voter starts from the list of names.
      voterSelect.current?.focus();
    }
  };
  const onAggregate = async (e: FormEvent) => {
    e.preventDefault();
    const c: Record<string, number> = {};
    for (const s of choices) if (counts[s]) c[s] = Number(counts[s]);
    const res = await changeVote(invoke('votes.aggregate', { voteId: vote.id, counts: c, country: country || null, enteredBy, how: countHow }));
    setError(res.ok ? null : res.error);
    if (res.ok) setCounts({});
  };

  return (
    <section
      className="ballot-entry"
      aria-labelledby="ballot-title"
      data-testid="ballot-entry"
      data-ballots={vote.ballots.length}
      data-pending={vote.ballots.filter((b) => b.id.startsWith('pending-')).length}
    >
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
        {mode !== 'voter' ? (
          <label className="push entered-by">
            <span>{t('fields.enteredBy')} </span>
            <select value={enteredBy} onChange={(e) => setEnteredBy(e.target.value)} {...invalidProps(error, 'enteredBy', {}, 'entered-by-error')} data-testid="ballot-entered-by">
              <PeopleOptions />
            </select>
            <FieldError error={error} input="enteredBy" id="entered-by-error" />
          </label>
        ) : null}
      </div>
      {mode !== 'aggregate' ? (
        <div className="ballot-form">
          <p className="muted">{mode === 'voter' ? (secret ? t('ballot.voterSecretHint') : t('ballot.voterHint')) : t('ballot.secretaryHint')}</p>
          <div className="row">
            <label>
              <span>{t('fields.voterId')}</span>
              <select
                ref={voterSelect}
                value={voter}
                onChange={(e) => setVoter(e.target.value)}
                {...invalidProps(error, 'voterId', {}, 'ballot-voter-error')}
                data-testid="ballot-voter"
              >
                <option value="">{t('ballot.chooseVoter', { count: waiting.length })}</option>
                {waiting.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.proxyHolderId ? t('ballot.byProxy', { voter: e.label, holder: label(e.proxyHolderId) }) : e.label}
                  </option>
                ))}
              </select>
            </label>
            {mode === 'secretary' ? (
              <label>
                <span>{t('fields.how')}</span>
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
                <span>{sideLabel(t, vote.rules, c)}</span>
                <input type="number" min={0} className="narrow" value={counts[c] ?? ''} onChange={(e) => setCounts({ ...counts, [c]: e.target.value })} data-testid={`aggregate-${c}`} />
              </label>
            ))}
            <label>
              <span>{t('fields.country')}</span>
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
              <span>{t('fields.how')}</span>
              <select value={countHow} onChange={(e) => setCountHow(e.target.value as EntryMethod)} data-testid="aggregate-how">
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
      <details className="subform" open={listOpen} onToggle={(e) => setListOpen(e.currentTarget.open)}>
        <summary data-testid="ballot-list-toggle">{t('ballot.recordedList', { count: vote.ballots.length })}</summary>
        {listOpen ? (
        <ul className="ballot-list" data-testid="ballot-list">
          {vote.ballots.map((b) => (
            <li key={b.id}>
              {b.kind === 'individual'
                ? t('ballot.line', {
                    voter: b.castBy ? t('ballot.byProxy', { voter: b.voterName ?? label(b.voterId), holder: label(b.castBy) }) : (b.voterName ?? label(b.voterId)),
                    choice: b.choice === null ? t('ballot.hidden') : sideLabel(t, vote.rules, b.choice),
                    how: t(`entry.${b.how}`),
                    by: personName(b.enteredBy),
                  })
                : t('ballot.countLine', {
                    counts: b.counts
                      ? Object.entries(b.counts)
                          .map(([k, v]) => `${sideLabel(t, vote.rules, k)} ${v}`)
                          .join(', ')
                      : t('ballot.hidden'),
                    country: countryName(b.country, i18n.language),
                    how: t(`entry.${b.how}`),
                    by: personName(b.enteredBy),
                  })}
            </li>
          ))}
        </ul>
        ) : null}
      </details>
    </section>
  );
}

/** The result while the vote is open: the core's tally on a roll call, only the turnout on a secret ballot. */
function LiveResult({ vote }: { vote: VoteView }) {
  const { t, i18n } = useTranslation('decisions');
  const result = vote.result;
  if (!result) {
    return (
      <p className="panel-note" data-testid="live-result-hidden">
        {t('result.hiddenUntilClose', { count: vote.participants })}
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
