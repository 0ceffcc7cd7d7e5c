import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { DecisionsPage } from './DecisionsPage';
import { decision } from './fixtures';
import type { DecisionSummary, ParticipationLine, ParticipationReport } from './model';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, i]) => i);
const ok = <T,>(value: T) => ({ ok: true, value });

const summary = (id: string, over: Partial<DecisionSummary>): DecisionSummary => {
  const { consensus: _c, noObjection: _n, recusals: _r, votes: _v, names: _x, ...s } = decision({ id, ...over });
  return s;
};
const LIST = [
  summary('d1', { text: 'Adopt the amended Operating Principles', status: 'open' }),
  summary('d2', { text: 'Fallback voting procedure', status: 'adopted', route: 'vote' }),
  summary('d3', { text: 'Reserve fund statement', status: 'voting', bodyId: 'b-alac', bodyName: 'ALAC', meetingId: 'mt2', meetingTitle: 'ALAC monthly call' }),
];

const line = (id: string, name: string, country: string, attended: number, expected: number, misses: number, active = true): ParticipationLine => ({
  subjectId: id, name, country, alsId: null, expected, attended, rate: expected ? attended / expected : null, consecutiveMisses: misses, longestMissStreak: misses, lastAttended: null,
  standing: { subjectId: id, active, missStreak: misses, inactiveSince: active ? null : '2026-10-10' },
});
const REPORT: ParticipationReport = {
  bodyId: 'b-lacralo', from: null, to: '2026-11-30', rule: { kind: 'consecutive_misses', misses: 3, meetingKind: 'monthly_call' },
  members: [],
  als: [line('a1', 'Usuarios Digitales de Rosario', 'AR', 3, 3, 0), line('a2', 'Internautas del Litoral', 'UY', 0, 3, 3, false)],
  countries: [
    { country: 'AR', subjects: 1, expected: 3, attended: 3, rate: 1, active: 1 },
    { country: 'UY', subjects: 1, expected: 3, attended: 0, rate: 0, active: 0 },
  ],
};

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  invoke.mockReset();
  invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
    if (channel === 'decisions.list') return ok(LIST.filter((d) => (!input.status || d.status === input.status) && (!input.bodyId || d.bodyId === input.bodyId)));
    if (channel === 'bodies.list') return ok([{ id: 'b-lacralo', name: 'LACRALO', shortName: 'LACRALO' }, { id: 'b-alac', name: 'ALAC', shortName: 'ALAC' }]);
    if (channel === 'participation.report') return ok({ ...REPORT, bodyId: input.bodyId });
    return ok([]);
  });
  act(() => useStore.setState({ decisionList: null, participation: null, decisionsFilter: { bodyId: null, status: null, groupBy: 'body' } }));
  await i18next.changeLanguage('en');
});

describe('decision list', () => {
  it('groups by body, then by status; filtering by status asks the core', async () => {
    render(<DecisionsPage params={[]} />);
    await screen.findAllByTestId('decision-row');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['LACRALO', 'ALAC']);
    await userEvent.selectOptions(screen.getByTestId('decisions-group-by'), 'status');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Seeking consensus', 'Adopted', 'Voting']);
    await userEvent.selectOptions(screen.getByTestId('decisions-filter-status'), 'adopted');
    expect(calls('decisions.list').at(-1)).toEqual({ status: 'adopted' });
    expect(await screen.findAllByTestId('decision-row')).toHaveLength(1);
    expect(screen.getByTestId('decision-row')).toHaveTextContent('Fallback voting procedure');
    expect(within(screen.getByTestId('decision-row')).getByRole('link', { name: 'Fallback voting procedure' })).toHaveAttribute('href', '#/decisions/d2');
  });
});

describe('participation report', () => {
  it('charts attendance per country and per ALS with the figures in words, and the standing', async () => {
    render(<DecisionsPage params={['participation']} />);
    await screen.findAllByTestId('participation-row');
    expect(calls('participation.report')[0]).toEqual({ bodyId: 'b-lacralo' });
    const chart = screen.getByRole('img', { name: 'Attendance rate per country' });
    const bars = within(chart).getAllByTestId('bar');
    expect(bars.map((b) => b.querySelector('title')!.textContent)).toEqual(['Argentina: 3/3 (100%)', 'Uruguay: 0/3 (0%)']);
    const uy = screen.getAllByTestId('participation-row').find((r) => r.textContent!.includes('Internautas del Litoral'))!;
    expect(uy).toHaveAttribute('data-standing', 'inactive');
    expect(uy).toHaveTextContent('0 of 3');
    expect(uy).toHaveTextContent('Inactive');
  });
});
