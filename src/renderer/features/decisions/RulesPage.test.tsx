import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALAC_VOTE_RULES, LACRALO_VOTE_RULES } from '../../../shared/domain/decisions/rules';
import { LACRALO_PARTICIPATION_RULE } from '../../../shared/domain/decisions/participation';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { DecisionsPage } from './DecisionsPage';

// The voting-rules screen (#/decisions/rules): a body picker, the vote panel's own rules form filled
// with the body's defaults, the participation rule, and one save through decisions.saveSettings.

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, i]) => i as Record<string, unknown>);
const ok = <T,>(value: T) => ({ ok: true, value });

beforeAll(() => {
  initI18n('en');
});
beforeEach(() => {
  invoke.mockReset();
  useStore.setState({ decisionBodies: null });
  invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
    if (channel === 'bodies.list') return ok([{ id: 'b-lacralo', name: 'LACRALO', shortName: 'LACRALO' }, { id: 'b-alac', name: 'ALAC', shortName: 'ALAC' }]);
    if (channel === 'decisions.settings') {
      return ok(input.bodyId === 'b-alac'
        ? { bodyId: 'b-alac', voteRules: ALAC_VOTE_RULES, participationRule: { kind: 'none' } }
        : { bodyId: 'b-lacralo', voteRules: LACRALO_VOTE_RULES, participationRule: LACRALO_PARTICIPATION_RULE });
    }
    if (channel === 'decisions.saveSettings') return ok({ bodyId: input.bodyId, voteRules: input.voteRules, participationRule: input.participationRule });
    if (channel === 'decisions.list') return ok([]);
    return ok([]);
  });
});

describe('voting rules screen', () => {
  it('is reached from the decisions list', async () => {
    render(<DecisionsPage params={[]} />);
    expect(await screen.findByRole('link', { name: 'Voting rules' })).toHaveAttribute('href', '#/decisions/rules');
  });

  it("shows the first body's defaults in the vote form, with its participation rule", async () => {
    render(<DecisionsPage params={['rules']} />);
    await screen.findByRole('heading', { name: 'Default vote rules of LACRALO' });
    expect(calls('decisions.settings')).toEqual([{ bodyId: 'b-lacralo' }]);
    expect(screen.getByTestId('vote-preset')).toHaveValue('lacralo');
    expect(screen.getByTestId('vote-weighting')).toHaveValue('country_cap');
    expect(screen.getByTestId('rules-participation-kind')).toHaveValue('consecutive_misses');
    expect(screen.getByTestId('rules-misses')).toHaveValue(3);
    expect(screen.getByTestId('rules-meeting-kind')).toHaveValue('monthly_call');
  });

  it("saves the body's vote rules and participation rule in one call", async () => {
    const user = userEvent.setup();
    render(<DecisionsPage params={['rules']} />);
    await screen.findByRole('heading', { name: 'Default vote rules of LACRALO' });
    await user.selectOptions(screen.getByTestId('vote-weighting'), 'none');
    await user.selectOptions(screen.getByTestId('vote-ballot'), 'roll_call');
    await user.clear(screen.getByTestId('rules-misses'));
    await user.type(screen.getByTestId('rules-misses'), '4');
    await user.click(screen.getByRole('button', { name: 'Save the rules' }));
    const [saved] = calls('decisions.saveSettings');
    expect(saved).toEqual({
      bodyId: 'b-lacralo',
      voteRules: { ...LACRALO_VOTE_RULES, weighting: { kind: 'none' }, ballot: 'roll_call' },
      participationRule: { kind: 'consecutive_misses', misses: 4, meetingKind: 'monthly_call' },
    });
    expect(await screen.findByTestId('rules-saved')).toHaveTextContent('Rules saved for LACRALO');
  });

  it('another body: its own defaults, saved to that body', async () => {
    const user = userEvent.setup();
    render(<DecisionsPage params={['rules']} />);
    await screen.findByRole('heading', { name: 'Default vote rules of LACRALO' });
    await user.selectOptions(screen.getByTestId('rules-body'), 'b-alac');
    await screen.findByRole('heading', { name: 'Default vote rules of ALAC' });
    expect(screen.getByTestId('vote-preset')).toHaveValue('alac');
    expect(screen.getByTestId('rules-participation-kind')).toHaveValue('none');
    expect(screen.queryByTestId('rules-misses')).toBeNull();
    await user.click(within(screen.getByTestId('vote-config')).getByRole('button', { name: 'Save the rules' }));
    expect(calls('decisions.saveSettings')[0]).toMatchObject({ bodyId: 'b-alac', voteRules: ALAC_VOTE_RULES, participationRule: { kind: 'none' } });
  });

  it("the core's refusal of the participation rule marks its field", async () => {
    const user = userEvent.setup();
    render(<DecisionsPage params={['rules']} />);
    await screen.findByRole('heading', { name: 'Default vote rules of LACRALO' });
    invoke.mockImplementation(async (channel: string) =>
      channel === 'decisions.saveSettings'
        ? { ok: false, error: { code: 'invalid_input', message: 'Too small: expected number to be >=1', field: 'participationRule.misses' } }
        : ok([]),
    );
    await user.click(screen.getByRole('button', { name: 'Save the rules' }));
    expect(await screen.findByTestId('rules-misses')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('rules-saved')).toHaveTextContent('');
  });
});
