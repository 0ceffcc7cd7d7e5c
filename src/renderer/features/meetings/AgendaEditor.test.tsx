import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem, MeetingDetail } from '../../../shared/domain/meetings/contract';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { AgendaEditor } from './AgendaEditor';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));

const meta = { createdAt: '2018-03-01T00:00:00.000Z', updatedAt: '2018-03-01T00:00:00.000Z', deletedAt: null };
const item = (id: string, title: string, position: number, plannedMinutes: number, parentId: string | null = null): AgendaItem => ({
  ...meta,
  id,
  meetingId: 'm1',
  parentId,
  position,
  title,
  presenter: null,
  presenterMemberId: null,
  plannedMinutes,
  kind: 'discussion',
});

// The San Juan session: 15:15–16:45 AST, a 90-minute slot.
const detail = (agenda: AgendaItem[]): MeetingDetail => ({
  meeting: {
    ...meta,
    id: 'm1',
    bodyId: 'b1',
    bodyName: 'At-Large Advisory Committee',
    bodyShortName: 'ALAC',
    title: 'Regional leaders and ALAC: working session, part 4',
    kind: 'face_to_face',
    startsAt: '2018-03-10T19:15:00.000Z',
    endsAt: '2018-03-10T20:45:00.000Z',
    timeZone: 'America/Puerto_Rico',
    location: 'San Juan, Puerto Rico',
    interpretationLanguages: ['en', 'es', 'fr'],
    status: 'planned',
    itemCount: agenda.length,
    plannedMinutes: agenda.reduce((s, i) => s + i.plannedMinutes, 0),
  },
  agenda,
  backlog: [],
});

const FOUR = [
  item('welcome', 'Welcome and agenda', 0, 5),
  item('updates', 'Working group updates', 1, 15),
  item('budget', 'Budget and financing', 2, 20),
  item('gtld', 'New gTLDs', 3, 15),
];

function show(agenda: AgendaItem[]) {
  const d = detail(agenda);
  act(() => useStore.setState({ meetingDetail: d, meetingPresenters: [] }));
  return render(<AgendaEditor detail={d} />);
}

/** Re-renders with whatever the store now holds (what MeetingsPage does). */
function Live() {
  const d = useStore((s) => s.meetingDetail);
  return d ? <AgendaEditor detail={d} /> : null;
}

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  invoke.mockReset();
  await i18next.changeLanguage('en');
});

describe('running total', () => {
  it('shows the planned total against the slot and no warning when the agenda fits', () => {
    show(FOUR); // 55 of 90
    const total = screen.getByTestId('agenda-total');
    expect(total).toHaveTextContent(/Planned 55 min of 90 min/);
    expect(total).toHaveTextContent(/35 min left/);
    expect(screen.queryByTestId('agenda-overrun')).toBeNull();
  });

  it('warns, visibly and by how much, when the agenda overruns the slot', () => {
    show([...FOUR, item('cpwg', 'Technical working group and CPWG', 4, 30), item('aob', 'Any other business', 5, 10)]); // 95 of 90
    expect(screen.getByTestId('agenda-total')).toHaveTextContent(/Planned 95 min of 90 min/);
    expect(screen.getByTestId('agenda-overrun')).toHaveTextContent(/^⚠ The agenda overruns the slot by 5 min\.$/);
    expect(screen.getByTestId('agenda-overrun').closest('[aria-live]')).not.toBeNull();
    // The item planned past the end of the slot shows its start time as late.
    const late = screen.getAllByTestId('agenda-item').map((li) => li.querySelector('.agenda-time')!.classList.contains('late'));
    expect(late).toEqual([false, false, false, false, false, true]);
  });

  it('counts sub-items, and says it in French', async () => {
    await i18next.changeLanguage('fr');
    show([...FOUR, item('social', 'Social Media WG', 0, 40, 'updates')]); // 95 of 90
    expect(screen.getByTestId('agenda-overrun')).toHaveTextContent(/^⚠ L’ordre du jour dépasse le créneau de 5 min\.$/);
    expect(screen.getAllByTestId('agenda-item').map((li) => li.dataset.number)).toEqual(['1', '2', '2.1', '3', '4']);
  });

  it('shows each item’s planned start in the meeting’s time zone', () => {
    show(FOUR);
    const third = screen.getAllByTestId('agenda-item')[2];
    expect(within(third).getByText('15:35')).toBeInTheDocument(); // 15:15 AST + 5 + 15
  });
});

describe('keyboard reorder', () => {
  const moved = (order: string[]) => order.map((id, position) => ({ ...FOUR.find((i) => i.id === id)!, position }));

  it('Alt+ArrowUp on a handle moves the item up through agenda.move, announces it and keeps focus', async () => {
    const user = userEvent.setup();
    const d = detail(FOUR);
    act(() => useStore.setState({ meetingDetail: d, meetingPresenters: [] }));
    render(<Live />);
    invoke.mockResolvedValueOnce({ ok: true, value: moved(['welcome', 'budget', 'updates', 'gtld']) });
    const handle = screen.getByRole('button', { name: 'Reorder “Budget and financing”' });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('agenda.move', { id: 'budget', parentId: null, position: 1 });
    await screen.findByText('“Budget and financing” is now item 2.');
    expect(screen.getAllByTestId('agenda-item-title').map((e) => e.textContent)).toEqual([
      'Welcome and agenda',
      'Budget and financing',
      'Working group updates',
      'New gTLDs',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reorder “Budget and financing”' }));
  });

  it('Alt+ArrowDown moves down; Alt+ArrowRight makes a sub-item of the item above', async () => {
    const user = userEvent.setup();
    show(FOUR);
    invoke.mockResolvedValue({ ok: true, value: FOUR });
    screen.getByRole('button', { name: 'Reorder “Working group updates”' }).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(invoke).toHaveBeenLastCalledWith('agenda.move', { id: 'updates', parentId: null, position: 2 });
    screen.getByRole('button', { name: 'Reorder “Budget and financing”' }).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(invoke).toHaveBeenLastCalledWith('agenda.move', { id: 'budget', parentId: 'updates', position: 0 });
  });

  it('does not call the core for a move that cannot happen, and says so; plain arrows do nothing', async () => {
    const user = userEvent.setup();
    show(FOUR);
    screen.getByRole('button', { name: 'Reorder “Welcome and agenda”' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await user.keyboard('{ArrowDown}');
    expect(invoke).not.toHaveBeenCalled();
    expect(screen.getByTestId('agenda-announcement')).toHaveTextContent('“Welcome and agenda” cannot move that way.');
  });

  it('the labelled Move down button calls the same channel', async () => {
    const user = userEvent.setup();
    show(FOUR);
    invoke.mockResolvedValue({ ok: true, value: FOUR });
    expect(screen.getByRole('button', { name: 'Move “Welcome and agenda” up' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Move “Welcome and agenda” down' }));
    expect(invoke).toHaveBeenCalledWith('agenda.move', { id: 'welcome', parentId: null, position: 1 });
  });

  it('shows the translated refusal when the core refuses the move', async () => {
    const user = userEvent.setup();
    show(FOUR);
    invoke.mockResolvedValue({ ok: false, error: { code: 'agenda_item_has_sub_items', message: 'x', field: 'parentId' } });
    screen.getByRole('button', { name: 'Reorder “Budget and financing”' }).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(useStore.getState().error).toMatchObject({ code: 'agenda_item_has_sub_items', ns: 'meetings' });
  });
});

describe('adding an item', () => {
  it('sends the typed item to agenda.add, under the chosen parent', async () => {
    const user = userEvent.setup();
    show(FOUR);
    invoke.mockImplementation((channel: string) =>
      Promise.resolve(channel === 'agenda.add' ? { ok: true, value: { ...FOUR[0], id: 'new', meetingId: 'm1' } } : { ok: true, value: [] }),
    );
    const form = screen.getByTestId('agenda-add-form');
    await user.type(within(form).getByLabelText('Title'), 'Social Media WG');
    await user.type(within(form).getByLabelText('Presenter'), 'Rohan Mehta');
    await user.type(within(form).getByLabelText('Planned minutes'), '5');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'information');
    await user.selectOptions(within(form).getByLabelText('Place'), 'updates');
    await user.click(within(form).getByRole('button', { name: 'Add the item' }));
    expect(invoke).toHaveBeenCalledWith('agenda.add', {
      meetingId: 'm1',
      parentId: 'updates',
      title: 'Social Media WG',
      presenter: 'Rohan Mehta',
      presenterMemberId: null,
      plannedMinutes: 5,
      kind: 'information',
    });
  });
});
