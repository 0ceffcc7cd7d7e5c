import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exact } from '../../../shared/domain/decisions/rational';
import type { TallyResult } from '../../../shared/domain/decisions/tally';
import type { AppError } from '../../../shared/errors';
import { FieldError, invalidProps } from '../../app/form';
import { useStore } from '../../store';
import { countryName, formatExact, sideLabel, stepText } from './format';
import type { VoteView } from './model';
import { invoke } from '../../api';
import { otherWeighting, tallyVote } from './selectors';
import { RulesSummary } from './VotePanel';

/** The closed vote: outcome, counts, the cap per country, the calculation step by step, and the comparison. */
export function ResultView({ vote }: { vote: VoteView }) {
  const { t, i18n } = useTranslation('decisions');
  const lng = i18n.language;
  const changeVote = useStore((s) => s.changeVote);
  const run = useStore((s) => s.run);
  // What the core fixed at the close; the comparison re-runs the same pure tally with the weighting switched.
  const result = vote.result;
  const compared = useMemo(() => tallyVote(vote, otherWeighting(vote.rules)), [vote]);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);

  const onExport = async () => {
    const res = await run(invoke('votes.exportCalculation', { voteId: vote.id, lang: lng as 'en' | 'fr' | 'es' }), 'decisions');
    if (!res.ok) return;
    if (download) URL.revokeObjectURL(download.url);
    const url = URL.createObjectURL(new Blob([res.value.csv], { type: 'text/csv;charset=utf-8' }));
    setDownload({ url, name: res.value.fileName });
    // Saves at once; the link stays for a second copy.
    const a = document.createElement('a');
    a.href = url;
    a.download = res.value.fileName;
    a.click();
  };
  const onAnnul = async (e: FormEvent) => {
    e.preventDefault();
    const res = await changeVote(invoke('votes.annul', { voteId: vote.id, reason }), true);
    setError(res.ok ? null : res.error);
  };
  if (!result) return null;
  const capOn = result.weighting.kind === 'country_cap';

  return (
    <div className="result" data-testid="vote-result">
      {vote.annulReason ? (
        <p className="notice danger" data-testid="vote-annulled">
          {t('result.annulled', { reason: vote.annulReason })}
        </p>
      ) : null}
      <p className={`outcome outcome-${result.outcome}`} data-testid="result-outcome" data-outcome={result.outcome}>
        {result.winner && vote.rules.method.kind === 'choice' ? t('result.chosen', { side: sideLabel(t, vote.rules, result.winner) }) : t(`outcome.${result.outcome}`)}
      </p>
      <RulesSummary vote={vote} />
      <CountsTable result={result} vote={vote} />

      {result.weighting.kind === 'country_cap' ? (
        <section aria-labelledby="weights-title">
          <h3 id="weights-title">{t('result.weightsTitle', { share: formatExact(result.weighting.maxShare, lng), shareExact: result.weighting.maxShare.exact })}</h3>
          <div className="table-wrap">
            <table className="data weights" data-testid="capped-weights">
              <thead>
                <tr>
                  <th scope="col">{t('result.side')}</th>
                  <th scope="col">{t('electorate.country')}</th>
                  <th scope="col" className="num">{t('result.ballots')}</th>
                  <th scope="col" className="num">{t('result.carried')}</th>
                  <th scope="col" className="num">{t('result.perBallot')}</th>
                </tr>
              </thead>
              <tbody>
                {result.weighting.sides.flatMap(({ side, cap }) =>
                  cap.countries.map((c) => (
                    <tr key={`${side}-${c.country}`} data-testid="capped-weight" data-side={side} data-country={c.country} className={c.capped ? 'capped' : ''}>
                      <td>{sideLabel(t, vote.rules, side)}</td>
                      <th scope="row">
                        {countryName(c.country, lng)}
                        {c.capped ? <span className="badge warning">{t('result.capped')}</span> : null}
                      </th>
                      <td className="num">{c.votes}</td>
                      <td className="num">
                        <ExactFigure x={c.carried} lng={lng} />
                      </td>
                      <td className="num" data-testid="per-vote">
                        <ExactFigure x={c.perVote} lng={lng} />
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="steps-title">
        <h3 id="steps-title">{t('result.calculation')}</h3>
        <ol className="steps" data-testid="calculation">
          {result.steps.map((s, i) => (
            <li key={i} data-testid="calculation-step" data-code={s.code}>
              {stepText(t, vote.rules, s, lng)}
            </li>
          ))}
        </ol>
        <div className="row">
          <button type="button" className="button" onClick={() => void onExport()} data-testid="export-calculation">
            {t('result.export')}
          </button>
          {download ? (
            <a href={download.url} download={download.name} data-testid="export-link">
              {download.name}
            </a>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="compare-title" data-testid="weighting-comparison">
        <h3 id="compare-title">{t('result.compareTitle')}</h3>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('result.side')}</th>
                <th scope="col" className="num">{capOn ? t('result.withCap') : t('result.withoutWeighting')}</th>
                <th scope="col" className="num">{capOn ? t('result.withoutWeighting') : t('result.withCap')}</th>
              </tr>
            </thead>
            <tbody>
              {result.counts.map((c, i) => (
                <tr key={c.side}>
                  <th scope="row">{sideLabel(t, vote.rules, c.side)}</th>
                  <td className="num">{c.weighted ? formatExact(c.weighted, lng) : t('result.notCounted')}</td>
                  <td className="num">{compared?.counts[i]?.weighted ? formatExact(compared.counts[i].weighted, lng) : t('result.notCounted')}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('result.outcome')}</th>
                <td className="num" data-testid="compare-this">{t(`outcome.${result.outcome}`)}</td>
                <td className="num" data-testid="compare-other">{compared ? t(`outcome.${compared.outcome}`) : '—'}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </section>

      {vote.status === 'closed' ? (
        <div className="row result-actions">
          {result.tie?.resolution.kind === 'second_ballot' ? (
            <button type="button" className="button primary" onClick={() => void changeVote(invoke('votes.secondBallot', { voteId: vote.id }), true)} data-testid="second-ballot">
              {t('result.secondBallot')}
            </button>
          ) : null}
          <details className="subform">
            <summary>{t('result.annul')}</summary>
            <form className="row" onSubmit={(e) => void onAnnul(e)} data-testid="annul-form">
              <label className="grow">
                <span>{t('fields.reason')} </span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} required {...invalidProps(error, 'reason', {}, 'annul-reason-error')} data-testid="annul-reason" />
                <FieldError error={error} input="reason" id="annul-reason-error" />
              </label>
              <button type="submit" className="button danger" data-testid="annul-submit">
                {t('result.annulConfirm')}
              </button>
            </form>
          </details>
        </div>
      ) : null}
    </div>
  );
}

function CountsTable({ result, vote }: { result: TallyResult; vote: VoteView }) {
  const { t, i18n } = useTranslation('decisions');
  return (
    <div className="table-wrap">
      <table className="data counts" data-testid="result-counts">
        <thead>
          <tr>
            <th scope="col">{t('result.side')}</th>
            <th scope="col" className="num">{t('result.ballots')}</th>
            <th scope="col" className="num">{t('result.weighted')}</th>
          </tr>
        </thead>
        <tbody>
          {result.counts.map((c) => (
            <tr key={c.side} data-testid="result-count" data-side={c.side}>
              <th scope="row">{sideLabel(t, vote.rules, c.side)}</th>
              <td className="num">{c.raw}</td>
              <td className="num" data-testid="weighted">
                {c.weighted ? formatExact(c.weighted, i18n.language) : t('result.notCounted')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t('result.participation', { participants: result.participation.participants, eligible: result.electorate.eligible, recused: result.electorate.recused.length })}
      </p>
    </div>
  );
}

/** A weight as a decimal, with its exact fraction when it is not whole (0.2 (1/5)). */
function ExactFigure({ x, lng }: { x: Exact; lng: string }) {
  return (
    <>
      {formatExact(x, lng)}
      {x.exact.includes('/') ? <span className="muted"> ({x.exact})</span> : null}
    </>
  );
}
