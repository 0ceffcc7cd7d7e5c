import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { DecisionPage } from './DecisionPage';
import { DECISION_STATUSES, type DecisionStatus, type DecisionSummary } from './model';
import { ParticipationReport } from './ParticipationReport';
import { ProposeForm } from './ProposeForm';
import { RulesPage } from './RulesPage';
import { StatusTag } from './StatusTag';
import { formatDate } from './format';
import './decisions.css';
import { BodyOptions } from './options';

/** #/decisions (the list), #/decisions/participation, #/decisions/rules, #/decisions/<id>. */
export function DecisionsPage({ params }: { params: string[] }) {
  if (params[0] === 'participation') return <ParticipationReport />;
  if (params[0] === 'rules') return <RulesPage />;
  if (params[0]) return <DecisionPage id={params[0]} />;
  return <DecisionList />;
}

function DecisionList() {
  const { t, i18n } = useTranslation('decisions');
  const list = useStore((s) => s.decisionList);
  const filter = useStore((s) => s.decisionsFilter);
  const setFilter = useStore((s) => s.setDecisionsFilter);
  const loadDecisions = useStore((s) => s.loadDecisions);
  const loadBodies = useStore((s) => s.loadDecisionBodies);
  const [proposing, setProposing] = useState(false);

  useEffect(() => {
    void loadDecisions();
    void loadBodies();
    // A decision proposed or decided in another window (the live session) shows up here.
    return on('decisions.changed', () => void loadDecisions());
  }, [loadDecisions, loadBodies]);

  const groups = useMemo(() => {
    const out = new Map<string, { label: string; rows: DecisionSummary[] }>();
    for (const d of list ?? []) {
      const [key, label] =
        filter.groupBy === 'body'
          ? [d.bodyId, d.bodyName]
          : filter.groupBy === 'status'
            ? [d.status, t(`status.${d.status}`)]
            : [d.meetingId, `${d.meetingTitle} — ${formatDate(d.meetingStartsAt, i18n.language, d.timeZone)}`];
      const g = out.get(key) ?? { label, rows: [] };
      g.rows.push(d);
      out.set(key, g);
    }
    return [...out.values()];
  }, [list, filter.groupBy, t, i18n.language]);

  return (
    <section className="page decisions" aria-labelledby="decisions-title" data-testid="decisions-list-page">
      <div className="page-head">
        <h1 id="decisions-title">{t('title')}</h1>
        <a className="button push" href={href('decisions', 'participation')} data-testid="participation-link">
          {t('participation.title')}
        </a>
        <a className="button" href={href('decisions', 'rules')} data-testid="rules-link">
          {t('rules.title')}
        </a>
        <button type="button" className="button primary" onClick={() => setProposing(true)} disabled={proposing} data-testid="propose-new">
          {t('propose.title')}
        </button>
      </div>
      {proposing ? <ProposeForm onDone={() => setProposing(false)} /> : null}
      <div className="panel filters" role="search" aria-label={t('list.filters')}>
        <label>
          <span>{t('list.body')}</span>
          <select value={filter.bodyId ?? ''} onChange={(e) => void setFilter({ bodyId: e.target.value || null })} data-testid="decisions-filter-body">
            <option value="">{t('list.allBodies')}</option>
            <BodyOptions />
          </select>
        </label>
        <label>
          <span>{t('list.status')}</span>
          <select value={filter.status ?? ''} onChange={(e) => void setFilter({ status: (e.target.value || null) as DecisionStatus | null })} data-testid="decisions-filter-status">
            <option value="">{t('list.allStatuses')}</option>
            {DECISION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('list.groupBy')}</span>
          <select value={filter.groupBy} onChange={(e) => void setFilter({ groupBy: e.target.value as 'body' | 'meeting' | 'status' })} data-testid="decisions-group-by">
            <option value="body">{t('list.byBody')}</option>
            <option value="meeting">{t('list.byMeeting')}</option>
            <option value="status">{t('list.byStatus')}</option>
          </select>
        </label>
      </div>
      {list === null ? (
        <p role="status">{t('loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty" data-testid="decisions-empty">
          {t('list.empty')}
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.label} className="panel decision-group" aria-label={g.label}>
            <h2>{g.label}</h2>
            <table className="data" data-testid="decisions-table">
              <thead>
                <tr>
                  <th scope="col">{t('list.decision')}</th>
                  <th scope="col">{t('list.body')}</th>
                  <th scope="col">{t('list.meeting')}</th>
                  <th scope="col">{t('list.status')}</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((d) => (
                  <tr key={d.id} data-testid="decision-row">
                    <td>
                      <a href={href('decisions', d.id)} className="decision-text">
                        {d.text}
                      </a>
                      <span className="muted block">{d.itemTitle}</span>
                    </td>
                    <td>{d.bodyName}</td>
                    <td>
                      <a href={href('meetings', d.meetingId)}>{d.meetingTitle}</a>
                    </td>
                    <td>
                      <StatusTag status={d.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))
      )}
    </section>
  );
}
