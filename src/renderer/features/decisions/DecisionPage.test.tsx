import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS } from '../../../shared/domain/decisions/fixtures';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES, type VoteRules } from '../../../shared/domain/decisions/rules';
import { tally } from '../../../shared/domain/decisions/tally';
import { ErrorBanner } from '../../app/ErrorBanner';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { DecisionsPage } from './DecisionsPage';
import { closedLacralo, decision, fakeCore, voteView } from './fixtures';
import { stepText } from './format';
import type { DecisionDetail } from './model';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));

const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, i]) => i);

async function show(d: DecisionDetail) {
  const core = fakeCore(d);
  invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) => core.handle(channel, input));
  render(
    <>
      <ErrorBanner />
      <DecisionsPage params={[d.id]} />
    </>,
  );
  await screen.findByTestId('decision-page');
  return core;
}

const OFF: VoteRules = { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' } };
const ROLL_CALL: VoteRules = { ...LACRALO_VOTE_RULES, ballot: 'roll_call' };

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  invoke.mockReset();
  act(() => useStore.setState({ decision: null, decisionPeople: [], error: null, ballotEnteredBy: '' }));
  await i18next.changeLanguage('en');
});

describe('result screen', () => {
  it('shows the capped weights per country and the outcome of the LACRALO example: the cap turns 5–3 into 2–3', async () => {
    await show(decision({ status: 'rejected', votes: [closedLacralo()] }));
    expect(screen.getByTestId('result-outcome')).toHaveTextContent('Rejected');
    const ar = screen.getAllByTestId('capped-weight').find((r) => r.dataset.country === 'AR' && r.dataset.side === 'for')!;
    expect(within(ar).getByTestId('per-vote')).toHaveTextContent('0.25 (1/4)');
    expect(ar).toHaveTextContent('Argentina');
    expect(ar).toHaveTextContent('capped');
    const weighted = screen.getAllByTestId('result-count').map((r) => [r.dataset.side, within(r).getByTestId('weighted').textContent]);
    expect(weighted).toEqual([
      ['for', '2'],
      ['against', '3'],
      ['abstain', 'not counted'],
    ]);
    // The same vote without weighting passes: the comparison says so.
    expect(screen.getByTestId('compare-this')).toHaveTextContent('Rejected');
    expect(screen.getByTestId('compare-other')).toHaveTextContent('Adopted');
  });

  it('prints exactly the steps of tally(), in order, through decisions.json', async () => {
    await show(decision({ status: 'rejected', votes: [closedLacralo()] }));
    const expected = tally(LACRALO_VOTE_RULES, FIVE_COUNTRIES, FIVE_COUNTRIES_BALLOTS);
    const shown = screen.getAllByTestId('calculation-step');
    expect(shown.map((li) => li.dataset.code)).toEqual(expected.steps.map((s) => s.code));
    const t = i18next.getFixedT('en', 'decisions') as TFunction<'decisions'>;
    expect(shown.map((li) => li.textContent)).toEqual(expected.steps.map((s) => stepText(t, LACRALO_VOTE_RULES, s, 'en')));
    // No placeholder left unfilled, and the worked example's key lines are there in words.
    for (const li of shown) expect(li.textContent).not.toMatch(/\{\{|\}\}/);
    const text = shown.map((li) => li.textContent).join('\n');
    expect(text).toContain('with 5 countries in the membership, no country may carry more than 1/5 (0.2)');
    expect(text).toContain('For: Argentina cast 4 votes and carries 1; each of its ballots counts for 0.25 (1/4).');
    expect(text).toContain('MX1 voted for CL1 under a proxy notified in advance.');
    expect(text).toContain('BR2 is recused');
    // In French the same calculation reads with French decimals and country names.
    await act(async () => {
      await i18next.changeLanguage('fr');
    });
    const fr = screen.getAllByTestId('calculation-step').map((li) => li.textContent).join('\n');
    expect(fr).toContain('aucun pays ne peut peser plus de 1/5 (0,2)');
    expect(fr).toContain('Argentine');
  });

  it('with the weighting off, the same ballots adopt, and the comparison shows the capped result', async () => {
    await show(decision({ status: 'adopted', votes: [voteView(OFF, 'closed', FIVE_COUNTRIES_BALLOTS)] }));
    expect(screen.getByTestId('result-outcome')).toHaveTextContent('Adopted');
    expect(screen.queryByTestId('capped-weights')).toBeNull();
    expect(screen.getByTestId('compare-other')).toHaveTextContent('Rejected');
  });

  it('exports the calculation through votes.exportCalculation in the reader’s language, as a CSV download', async () => {
    const core = await show(decision({ status: 'rejected', votes: [closedLacralo()] }));
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:calc';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.exportCalculation' ? { ok: true, value: { fileName: 'vote-v1.csv', csv: 'step,code,text,params\n1,electorate,…' } } : core.handle(channel, input),
    );
    await userEvent.click(screen.getByTestId('export-calculation'));
    expect(calls('votes.exportCalculation')).toEqual([{ voteId: 'v1', lang: 'en' }]);
    expect(await created[0].text()).toContain('step,code,text,params');
    expect(screen.getByTestId('export-link')).toHaveAttribute('download', 'vote-v1.csv');
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });
});

describe('ballots', () => {
  it('a voter in the room votes on the laptop; a roll call shows the result move at once', async () => {
    await show(decision({ status: 'voting', votes: [voteView(ROLL_CALL, 'open', [])] }));
    expect(screen.getByTestId('live-count-for')).toHaveTextContent('For: 0');
    await userEvent.selectOptions(screen.getByTestId('ballot-voter'), 'ar1');
    await userEvent.click(screen.getByTestId('ballot-choice-for'));
    expect(calls('votes.cast')).toEqual([{ voteId: 'v1', voterId: 'ar1', choice: 'for', how: 'voter' }]);
    expect(screen.getByTestId('live-count-for')).toHaveTextContent('For: 1');
    expect(screen.getByTestId('ballot-last')).toHaveTextContent('Ballot of AR1 recorded.');
    expect(screen.getByTestId('ballot-voter')).toHaveFocus();
    // AR1 has voted: it leaves the list of voters still to vote.
    expect(within(screen.getByTestId('ballot-voter')).queryByRole('option', { name: 'AR1' })).toBeNull();
  });

  it('a proxy: the ballot of Chile is cast by Mexico’s ALS', async () => {
    await show(decision({ status: 'voting', votes: [voteView(ROLL_CALL, 'open', [])] }));
    const option = within(screen.getByTestId('ballot-voter')).getByRole('option', { name: 'CL1 (through MX1)' });
    await userEvent.selectOptions(screen.getByTestId('ballot-voter'), option);
    await userEvent.click(screen.getByTestId('ballot-choice-against'));
    expect(calls('votes.cast')[0]).toMatchObject({ voterId: 'cl1', castBy: 'mx1', choice: 'against' });
  });

  it('a secret ballot hides the counts and the choices until the close, but shows the turnout', async () => {
    await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'open', FIVE_COUNTRIES_BALLOTS.slice(0, 3))] }));
    expect(screen.queryByTestId('live-result')).toBeNull();
    expect(screen.getByTestId('live-result-hidden')).toHaveTextContent('3 voters have taken part');
    await userEvent.click(screen.getByTestId('ballot-list-toggle'));
    expect(await screen.findByTestId('ballot-list')).toHaveTextContent('AR1: secret');
    expect(screen.getByTestId('ballot-list')).not.toHaveTextContent('For');
    await userEvent.selectOptions(screen.getByTestId('ballot-voter'), 'uy1');
    await userEvent.click(screen.getByTestId('ballot-choice-for'));
    expect(screen.getByTestId('ballot-last')).toHaveTextContent('Ballot of UY1 recorded. Next voter, please.');
  });

  it('the secretary enters a show of hands, naming who entered it', async () => {
    await show(decision({ status: 'voting', votes: [voteView(ROLL_CALL, 'open', [])] }));
    await userEvent.click(screen.getByTestId('ballot-mode-secretary'));
    await userEvent.selectOptions(screen.getByTestId('ballot-entered-by'), 'm-alberto');
    await userEvent.selectOptions(screen.getByTestId('ballot-how'), 'phone');
    await userEvent.selectOptions(screen.getByTestId('ballot-voter'), 'br1');
    await userEvent.click(screen.getByTestId('ballot-choice-abstain'));
    expect(calls('votes.cast')[0]).toEqual({ voteId: 'v1', voterId: 'br1', choice: 'abstain', how: 'phone', enteredBy: 'm-alberto' });
  });

  it('a count from elsewhere: 70 for / 30 against from Argentina, with who entered it and how', async () => {
    const core = await show(decision({ status: 'voting', votes: [voteView(ROLL_CALL, 'open', [])] }));
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.aggregate'
        ? { ok: true, value: voteView(ROLL_CALL, 'open', [{ kind: 'aggregate', counts: input.counts as Record<string, number>, country: input.country as string, enteredBy: String(input.enteredBy), how: input.how as 'remote_count' }]) }
        : core.handle(channel, input),
    );
    await userEvent.click(screen.getByTestId('ballot-mode-aggregate'));
    await userEvent.selectOptions(screen.getByTestId('ballot-entered-by'), 'm-alberto');
    await userEvent.type(screen.getByTestId('aggregate-for'), '70');
    await userEvent.type(screen.getByTestId('aggregate-against'), '30');
    await userEvent.selectOptions(screen.getByTestId('aggregate-country'), 'AR');
    await userEvent.click(screen.getByTestId('aggregate-submit'));
    expect(calls('votes.aggregate')).toEqual([{ voteId: 'v1', counts: { for: 70, against: 30 }, country: 'AR', enteredBy: 'm-alberto', how: 'remote_count' }]);
    expect(screen.getByTestId('live-count-for')).toHaveTextContent('For: 70');
    await userEvent.click(screen.getByTestId('ballot-list-toggle'));
    expect(await screen.findByTestId('ballot-list')).toHaveTextContent('Count For 70, Against 30 (Argentina) — remote count, entered by Alberto Soto');
  });

  it('a closed vote is annulled only with a reason', async () => {
    const core = await show(decision({ status: 'rejected', votes: [closedLacralo()] }));
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.annul'
        ? { ok: false, error: { code: 'required', message: 'Required', field: 'reason' } }
        : core.handle(channel, input),
    );
    await userEvent.click(screen.getByText('Annul the vote'));
    await userEvent.type(screen.getByTestId('annul-reason'), ' ');
    await userEvent.click(screen.getByTestId('annul-submit'));
    expect(calls('votes.annul')).toEqual([{ voteId: 'v1', reason: ' ' }]);
    expect(screen.getByTestId('annul-reason')).toHaveAttribute('aria-invalid', 'true');
  });

  it('a refused ballot says why next to the voter, and in the banner', async () => {
    const d = decision({ status: 'voting', votes: [voteView(ROLL_CALL, 'open', [])] });
    const core = await show(d);
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.cast' ? { ok: false, error: { code: 'voter_recused', message: 'Recused', field: 'voterId' } } : core.handle(channel, input),
    );
    await userEvent.selectOptions(screen.getByTestId('ballot-voter'), 'ar2');
    await userEvent.click(screen.getByTestId('ballot-choice-for'));
    expect(screen.getByTestId('ballot-voter')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('error-voterId').textContent).toMatch(/recused/i);
    expect(screen.getByTestId('live-count-for')).toHaveTextContent('For: 0');
  });

  it('the electorate lists the recused ALS with its reason and who holds which proxy', async () => {
    await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'draft', [])] }));
    const rows = screen.getAllByTestId('elector');
    const br2 = rows.find((r) => r.dataset.id === 'br2')!;
    expect(br2).toHaveTextContent('Recused');
    expect(br2).toHaveTextContent('Board member of the applicant');
    expect(rows.find((r) => r.dataset.id === 'mx1')).toHaveTextContent('Holds the proxy of CL1');
    expect(rows.find((r) => r.dataset.id === 'cl1')).toHaveTextContent('Votes through MX1');
    await userEvent.click(within(rows.find((r) => r.dataset.id === 'uy1')!).getByTestId('recuse'));
    await userEvent.type(screen.getByTestId('recuse-reason'), 'Employs the proposer');
    await userEvent.click(screen.getByTestId('recuse-confirm'));
    expect(calls('decisions.recuse')).toEqual([{ decisionId: 'd1', alsId: 'uy1', reason: 'Employs the proposer' }]);
  });
});

describe('vote rules', () => {
  it('a preset fills every rule; a custom choice among candidates sends its options', async () => {
    const core = await show(decision({ status: 'to_vote' }));
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.create' ? { ok: false, error: { code: 'invalid_input', message: 'Too few options', field: 'rules.method.options' } } : core.handle(channel, input),
    );
    await screen.findByTestId('vote-config');
    await userEvent.selectOptions(screen.getByTestId('vote-preset'), 'alac');
    expect(screen.getByTestId('vote-threshold')).toHaveValue('more_for_than_against');
    expect(screen.getByTestId('vote-quorum-min')).toHaveValue(5);
    await userEvent.click(screen.getByTestId('vote-setup'));
    expect(calls('votes.create')[0]).toEqual({ decisionId: 'd1', rules: ALAC_VOTE_RULES });

    await userEvent.selectOptions(screen.getByTestId('vote-method'), 'choice');
    expect(screen.getByTestId('vote-preset')).toHaveValue('custom');
    await userEvent.type(screen.getByTestId('vote-options'), 'Alberto Soto');
    await userEvent.click(screen.getByTestId('vote-setup'));
    expect(calls('votes.create')[1]).toMatchObject({ rules: { method: { kind: 'choice', options: [{ id: 'o1', label: 'Alberto Soto' }] } } });
    // The core's refusal lands on the options field.
    expect(screen.getByTestId('vote-options')).toHaveAttribute('aria-invalid', 'true');
  });

  it('a draft vote: the same rules form edits its rules through votes.update, then the summary shows them', async () => {
    await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'draft', [])] }));
    const summary = screen.getByTestId('rules-summary');
    expect(summary).toHaveTextContent('Country cap');
    await userEvent.click(screen.getByTestId('vote-edit-rules'));
    const form = screen.getByTestId('vote-config');
    expect(within(form).getByRole('heading')).toHaveTextContent('Rules of this vote');
    expect(screen.getByTestId('vote-weighting')).toHaveValue('country_cap');
    await userEvent.selectOptions(screen.getByTestId('vote-weighting'), 'none');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the rules' }));
    expect(calls('votes.update')).toEqual([{ voteId: 'v1', rules: OFF }]);
    expect(calls('votes.create')).toEqual([]);
    expect(screen.queryByTestId('vote-config')).toBeNull();
    expect(screen.getByTestId('rules-summary')).toHaveTextContent('None (one ballot, one vote)');
  });

  it('a refusal keeps the rules form open; cancel puts the summary back unchanged', async () => {
    const core = await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'draft', [])] }));
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.update' ? { ok: false, error: { code: 'vote_not_draft', message: 'Open', field: 'voteId' } } : core.handle(channel, input),
    );
    await userEvent.click(screen.getByTestId('vote-edit-rules'));
    await userEvent.click(screen.getByTestId('vote-setup'));
    expect(screen.getByTestId('vote-config')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('vote-config-cancel'));
    expect(screen.queryByTestId('vote-config')).toBeNull();
    expect(screen.getByTestId('rules-summary')).toHaveTextContent('Country cap');
  });

  it('an open vote has no rules form', async () => {
    await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'open', [])] }));
    expect(screen.queryByTestId('vote-edit-rules')).toBeNull();
  });

  it('an open vote short of quorum can be extended once', async () => {
    await show(decision({ status: 'voting', votes: [voteView(LACRALO_VOTE_RULES, 'open', [])] }));
    await userEvent.click(screen.getByTestId('vote-extend'));
    expect(calls('votes.extend')).toEqual([{ voteId: 'v1' }]);
  });
});

describe('ties', () => {
  it('a tie under the LACRALO rule calls for a second ballot', async () => {
    const tie = voteView({ ...OFF, quorum: { kind: 'none' } }, 'closed', [
      { kind: 'individual', voterId: 'ar1', choice: 'for' },
      { kind: 'individual', voterId: 'br1', choice: 'against' },
    ]);
    await show(decision({ status: 'voting', votes: [tie] }));
    expect(screen.getByTestId('result-outcome')).toHaveTextContent('Tie');
    expect(screen.getAllByTestId('calculation-step').map((li) => li.textContent)).toContain('A second ballot between For, Against will decide.');
    await userEvent.click(screen.getByTestId('second-ballot'));
    expect(calls('votes.secondBallot')).toEqual([{ voteId: 'v1' }]);
  });

  it('under the chair’s casting vote, closing a tied vote asks who casts it and how', async () => {
    const rules: VoteRules = { ...ROLL_CALL, weighting: { kind: 'none' }, ties: { kind: 'chair_casting_vote' } };
    const core = await show(decision({ status: 'voting', votes: [voteView(rules, 'open', [{ kind: 'individual', voterId: 'ar1', choice: 'for' }, { kind: 'individual', voterId: 'br1', choice: 'against' }])] }));
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) =>
      channel === 'votes.close' && !input.castingVote
        ? { ok: false, error: { code: 'casting_vote_required', message: 'The chair must break the tie' } }
        : core.handle(channel, input),
    );
    await userEvent.click(screen.getByTestId('vote-close'));
    await userEvent.selectOptions(screen.getByTestId('casting-by'), 'm-sylvia');
    await userEvent.selectOptions(screen.getByTestId('casting-choice'), 'for');
    await userEvent.click(screen.getByTestId('vote-close'));
    expect(calls('votes.close').at(-1)).toEqual({ voteId: 'v1', castingVote: { by: 'm-sylvia', choice: 'for' } });
  });
});

describe('a decision recorded in the session', () => {
  it('the chair takes it through consensus: the button shows the process, the estimate moves it to open', async () => {
    const core = await show(decision({ status: 'recorded' }));
    expect(screen.getByText('Recorded during the meeting, without a consensus process or a vote.')).toBeInTheDocument();
    expect(screen.queryByTestId('designation-form')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Take it through consensus' }));
    expect(screen.getByTestId('seeking-consensus')).toBeInTheDocument();
    expect(screen.getByTestId('no-objection-panel')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByTestId('designation-select'), 'consensus');
    await userEvent.click(screen.getByTestId('designation-submit'));
    expect(calls('consensus.estimate')).toEqual([{ decisionId: 'd1', designation: 'consensus' }]);
    expect(core.get().status).toBe('open');
    expect(await screen.findByTestId('designation-accept')).toBeInTheDocument();
    expect(screen.queryByTestId('seeking-consensus')).toBeNull();
    expect(screen.queryByTestId('seek-consensus')).toBeNull();
  });
});

describe('consensus', () => {
  it('estimate, revision with what changed, minority view in its authors’ words with its holders', async () => {
    await show(decision());
    await userEvent.selectOptions(screen.getByTestId('designation-select'), 'strong_support_significant_opposition');
    await userEvent.click(screen.getByTestId('designation-submit'));
    expect(screen.getByTestId('consensus-designation')).toHaveTextContent('Strong support but significant opposition');
    await userEvent.selectOptions(screen.getByTestId('designation-select'), 'consensus');
    await userEvent.type(screen.getByTestId('designation-changed'), 'Paragraph 3 reworded');
    await userEvent.click(screen.getByTestId('designation-submit'));
    expect(calls('consensus.revise')).toEqual([{ decisionId: 'd1', designation: 'consensus', changed: 'Paragraph 3 reworded' }]);
    expect(screen.getByTestId('consensus-rounds')).toHaveTextContent('Paragraph 3 reworded');

    await userEvent.type(screen.getByTestId('minority-text'), 'We cannot support a cap that ignores population.');
    await userEvent.selectOptions(screen.getByTestId('minority-holders'), ['m-humberto', 'm-alberto']);
    await userEvent.click(screen.getByTestId('minority-submit'));
    const view = screen.getByTestId('minority-view');
    expect(view).toHaveTextContent('We cannot support a cap that ignores population.');
    expect(view).toHaveTextContent('Held by Alberto Soto, Humberto Carrasco');
  });

  it('a challenge goes to the chair first, then — once maintained — to the liaison', async () => {
    await show(decision());
    await userEvent.click(screen.getByTestId('designation-submit'));
    expect(screen.getByText('Challenge the designation (to the chair)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByTestId('challenge-by'), 'm-humberto');
    await userEvent.type(screen.getByTestId('challenge-text'), 'Three ALSs opposed');
    await userEvent.click(screen.getByTestId('challenge-submit'));
    expect(screen.getByTestId('consensus-phase')).toHaveTextContent('Challenged');
    await userEvent.click(screen.getByTestId('challenge-maintain'));
    expect(screen.getByTestId('consensus-challenges')).toHaveTextContent('designation maintained');
    expect(screen.getByText('Take the challenge to the liaison')).toBeInTheDocument();
  });
});

describe('no-objection call', () => {
  it('records an objection, then closing sends the decision to a vote', async () => {
    const d = decision({
      status: 'no_objection',
      noObjection: {
        id: 'n1', createdAt: '2026-11-30T15:00:00.000Z', updatedAt: '2026-11-30T15:00:00.000Z', deletedAt: null,
        decisionId: 'd1', openedAt: '2026-11-30T15:00:00.000Z', days: 7, closesAt: '2026-12-07T15:00:00.000Z',
        state: 'open', reason: 'pending', closedAt: null, outcome: null, objections: [], supports: [], members: 3,
      },
    });
    const core = await show(d);
    invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
      const cur = core.get();
      if (channel === 'noObjection.object')
        return { ok: true, value: { ...cur, noObjection: { ...cur.noObjection!, objections: [{ memberId: String(input.memberId), name: 'Humberto Carrasco', at: '2026-12-01T10:00:00.000Z', text: String(input.text) }] } } };
      if (channel === 'noObjection.close') return { ok: true, value: { ...cur, status: 'to_vote', noObjection: { ...cur.noObjection!, outcome: 'to_vote', closedAt: '2026-12-01T11:00:00.000Z', objections: [{ memberId: 'm-humberto', name: 'Humberto Carrasco', at: '2026-12-01T10:00:00.000Z', text: 'Not yet' }] } } };
      return core.handle(channel, input);
    });
    expect(screen.getByTestId('no-objection-status')).toHaveTextContent(/Open for 7 days, until/);
    await userEvent.selectOptions(screen.getByTestId('objection-member'), 'm-humberto');
    await userEvent.type(screen.getByTestId('objection-text'), 'Not yet');
    await userEvent.click(screen.getByTestId('objection-submit'));
    expect(calls('noObjection.object')).toEqual([{ decisionId: 'd1', memberId: 'm-humberto', text: 'Not yet' }]);
    expect(screen.getByTestId('objection')).toHaveTextContent('Humberto Carrasco');
    expect(screen.getByText('With objections, closing moves the decision to a vote.')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('no-objection-close'));
    expect(screen.getByTestId('no-objection-status')).toHaveTextContent('Closed with objections: the decision goes to a vote.');
    // The vote is to be set up, from the body's default rules.
    expect(await screen.findByTestId('vote-config')).toBeInTheDocument();
    expect(screen.getByTestId('vote-preset')).toHaveValue('lacralo');
  });
});
