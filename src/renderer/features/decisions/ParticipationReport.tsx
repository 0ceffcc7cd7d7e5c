import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { intlLocale } from '../meetings/format';
import { countryName } from './format';
import type { ParticipationLine } from './model';
import './decisions.css';
import { BodyOptions } from './options';

interface Bar {
  key: string;
  label: string;
  attended: number;
  expected: number;
}

/** Participation per ALS and per country (attended / expected, misses in a row, standing) with a chart. */
export function ParticipationReport() {
  const { t, i18n } = useTranslation('decisions');
  const lng = i18n.language;
  const bodies = useStore((s) => s.decisionBodies);
  const report = useStore((s) => s.participation);
  const loadBodies = useStore((s) => s.loadDecisionBodies);
  const load = useStore((s) => s.loadParticipation);
  const [picked, setBodyId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    void loadBodies();
  }, [loadBodies]);
  // LACRALO first: its rule is the one that takes votes away.
  const bodyId = picked || (bodies?.find((b) => b.shortName === 'LACRALO') ?? bodies?.[0])?.id || '';
  useEffect(() => {
    if (bodyId) void load({ bodyId, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }, [bodyId, from, to, load]);
  const rows = report && report.bodyId === bodyId ? report.als : null;
  const members = report && report.bodyId === bodyId ? report.members : [];
  const countries = report?.countries ?? [];
  const pct = (a: number, e: number) => (e ? new Intl.NumberFormat(intlLocale(lng), { style: 'percent' }).format(a / e) : '—');

  return (
    <section className="page decisions" aria-labelledby="participation-title" data-testid="participation-page">
      <a className="back-link" href={href('decisions')}>
        ← {t('title')}
      </a>
      <h1 id="participation-title">{t('participation.title')}</h1>
      <p className="muted">{t('participation.intro')}</p>
      <div className="panel filters" role="search" aria-label={t('list.filters')}>
        <label>
          <span>{t('list.body')}</span>
          <select value={bodyId} onChange={(e) => setBodyId(e.target.value)} data-testid="participation-body">
            <BodyOptions />
          </select>
        </label>
        <label>
          <span>{t('participation.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="participation-from" />
        </label>
        <label>
          <span>{t('participation.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="participation-to" />
        </label>
      </div>
      {!rows ? (
        <p role="status">{t('loading')}</p>
      ) : rows.length === 0 && members.length === 0 ? (
        <p className="empty">{t('participation.empty')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="per-country-title">
            <h2 id="per-country-title">{t('participation.perCountry')}</h2>
            <BarChart
              id="country-chart"
              title={t('participation.chartCountry')}
              bars={countries.map((c) => ({ key: c.country, label: countryName(c.country, lng), attended: c.attended, expected: c.expected }))}
              pct={pct}
            />
            <div className="table-wrap">
              <table className="data" data-testid="participation-countries">
                <thead>
                  <tr>
                    <th scope="col">{t('electorate.country')}</th>
                    <th scope="col" className="num">{t('participation.alses')}</th>
                    <th scope="col" className="num">{t('participation.attended')}</th>
                    <th scope="col" className="num">{t('participation.rate')}</th>
                    <th scope="col" className="num">{t('participation.inactive')}</th>
                  </tr>
                </thead>
                <tbody>
                  {countries.map((c) => (
                    <tr key={c.country}>
                      <th scope="row">{countryName(c.country, lng)}</th>
                      <td className="num">{c.subjects}</td>
                      <td className="num">{t('participation.ofExpected', { attended: c.attended, expected: c.expected })}</td>
                      <td className="num">{pct(c.attended, c.expected)}</td>
                      <td className="num">{c.subjects - c.active}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          {rows.length ? (
            <section className="panel" aria-labelledby="per-als-title">
              <h2 id="per-als-title">{t('participation.perAls')}</h2>
              <BarChart id="als-chart" title={t('participation.chartAls')} bars={rows.map((r) => ({ key: r.subjectId, label: r.name, attended: r.attended, expected: r.expected }))} pct={pct} />
              <Lines lines={rows} kind="als" />
            </section>
          ) : null}
          {members.length ? (
            <details className="panel subform">
              <summary>{t('participation.perMember')}</summary>
              <Lines lines={members} kind="member" />
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

function Lines({ lines, kind }: { lines: ParticipationLine[]; kind: 'als' | 'member' }) {
  const { t, i18n } = useTranslation('decisions');
  const lng = i18n.language;
  return (
    <div className="table-wrap">
      <table className="data" data-testid={`participation-${kind}`}>
        <thead>
          <tr>
            <th scope="col">{kind === 'als' ? t('participation.als') : t('participation.member')}</th>
            <th scope="col">{t('electorate.country')}</th>
            <th scope="col" className="num">{t('participation.attended')}</th>
            <th scope="col" className="num">{t('participation.misses')}</th>
            <th scope="col">{t('participation.standing')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((r) => (
            <tr key={r.subjectId} data-testid="participation-row" data-standing={r.standing.active ? 'active' : 'inactive'}>
              <th scope="row">{r.name}</th>
              <td>{countryName(r.country, lng)}</td>
              <td className="num">{t('participation.ofExpected', { attended: r.attended, expected: r.expected })}</td>
              <td className="num">{r.consecutiveMisses}</td>
              <td>
                <span className={`badge ${r.standing.active ? 'success' : 'danger'}`}>{t(`participation.standings.${r.standing.active ? 'active' : 'inactive'}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Horizontal bars of attended / expected; the table next to it carries the same figures. */
function BarChart({ id, title, bars, pct }: { id: string; title: string; bars: Bar[]; pct: (a: number, e: number) => string }) {
  const ROW = 26;
  const LABEL = 260;
  const WIDTH = 720;
  const BAR = WIDTH - LABEL - 70;
  const height = bars.length * ROW + 8;
  return (
    <svg className="bar-chart" role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }} data-testid={id}>
      <title id={`${id}-title`}>{title}</title>
      {bars.map((b, i) => {
        const y = i * ROW + 4;
        const share = b.expected ? b.attended / b.expected : 0;
        const label = b.label.length > 32 ? `${b.label.slice(0, 31)}…` : b.label;
        return (
          <g key={b.key} data-testid="bar">
            <title>{`${b.label}: ${b.attended}/${b.expected} (${pct(b.attended, b.expected)})`}</title>
            <text x={LABEL - 8} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">
              {label}
            </text>
            <rect x={LABEL} y={y + 3} width={BAR} height={ROW - 8} className="bar-bg" rx={3} />
            <rect x={LABEL} y={y + 3} width={Math.max(0, BAR * share)} height={ROW - 8} className={share < 0.5 ? 'bar low' : 'bar'} rx={3} />
            <text x={LABEL + BAR + 8} y={y + ROW / 2} dominantBaseline="middle" className="bar-value">
              {pct(b.attended, b.expected)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
