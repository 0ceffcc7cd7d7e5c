import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveState, MemberHit } from '../../../shared/domain/live/contract';
import { ErrorBanner } from '../../app/ErrorBanner';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { liveState, NOW } from './fixtures';
import { LivePage } from './LivePage';

const invoke = vi.hoisted(() => vi.fn());
const listeners = vi.hoisted(() => new Map<string, Set<(p: unknown) => void>>());
vi.mock('../../api', () => ({
  invoke,
  on: (event: string, l: (p: unknown) => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(l);
    return () => listeners.get(event)!.delete(l);
  },
}));
const beep = vi.hoisted(() => vi.fn());
vi.mock('./beep', () => ({ beep }));

const ok = <T,>(value: T) => ({ ok: true, value });
const hits: MemberHit[] = [
  { id: 'mem-sylvia', name: 'Sylvia Herlein Leite', country: 'BR', alsName: null, inRoom: true, subRegion: null, gender: null },
  { id: 'mem-humberto', name: 'Humberto Carrasco', country: 'CL', alsName: 'ISOC Chile', inRoom: false, subRegion: null, gender: null },
];

/** A fake core: answers `live.state` with `state`, `attendance.search` with the hits, everything else with the state. */
function core(state: LiveState, overrides: Record<string, (input: Record<string, unknown>) => unknown> = {}) {
  invoke.mockImplementation(async (channel: string, input: Record<string, unknown>) => {
    if (overrides[channel]) return overrides[channel](input);
    if (channel === 'attendance.search') return ok(hits.filter((h) => h.name.toLowerCase().includes(String(input.query).toLowerCase())));
    if (channel === 'meetings.list') return ok([]);
    if (channel === 'notes.save') return ok({ itemId: input.itemId, updatedAt: new Date().toISOString() });
    return ok(state);
  });
}
const calls = (channel: string) => invoke.mock.calls.filter(([c]) => c === channel).map(([, i]) => i);

async function show(state = liveState()) {
  core(state);
  render(
    <>
      <ErrorBanner />
      <LivePage meetingId="m1" />
    </>,
  );
  return screen.findByTestId('live-page');
}

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
  invoke.mockReset();
  beep.mockReset();
  listeners.clear();
  act(() => useStore.setState({ live: null, liveId: null, liveStatus: 'idle', liveError: null, error: null }));
  await i18next.changeLanguage('en');
});
afterEach(() => {
  vi.useRealTimers();
});

const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

describe('session screen', () => {
  it('shows the item clock, the meeting clock, quorum and the agenda tones from the stored runs', async () => {
    await show();
    expect(screen.getByTestId('live-title')).toHaveTextContent('Regional leaders and ALAC: working session, part 4');
    expect(screen.getByTestId('item-elapsed')).toHaveTextContent('10:00');
    expect(screen.getByTestId('live-total')).toHaveTextContent('16:00'); // 6 min + 10 min of running items
    expect(screen.getByTestId('quorum-pill')).toHaveTextContent('Quorum missing 2');
    const items = screen.getAllByTestId('live-item');
    expect(items.map((i) => i.dataset.state)).toEqual(['done', 'current', 'pending', 'pending']);
    // 6 min on a 5-minute item: over, said in words, not by colour alone.
    expect(within(items[0]).getByTestId('tone-label')).toHaveTextContent('Over by 1:00');
    // Projected end: 15:52 + 5 min left of the current item + 15 + 20 = 16:32.
    expect(screen.getByTestId('live-projected-end')).toHaveTextContent('16:32');
  });

  it('ticks once a second from the corrected clock without reading the state again', async () => {
    // The renderer's clock runs 7 s behind the main process: the offset from state.now corrects it.
    vi.setSystemTime(NOW - 7000);
    await show();
    expect(screen.getByTestId('item-elapsed')).toHaveTextContent('10:00');
    const reads = calls('live.state').length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(screen.getByTestId('item-elapsed')).toHaveTextContent('10:03');
    expect(calls('live.state').length).toBe(reads);
  });

  it('reads the state again on live.changed for this meeting only', async () => {
    await show();
    const reads = calls('live.state').length;
    await act(async () => {
      for (const l of listeners.get('live.changed') ?? []) l({ meetingId: 'other' });
    });
    expect(calls('live.state').length).toBe(reads);
    await act(async () => {
      for (const l of listeners.get('live.changed') ?? []) l({ meetingId: 'm1' });
    });
    expect(calls('live.state').length).toBe(reads + 1);
  });

  it('after its own change, reads the state again only 150 ms later (the projector reads first)', async () => {
    const state = liveState();
    await show(state);
    let answer: (v: unknown) => void = () => {};
    core(state, { 'speakers.next': () => new Promise((resolve) => (answer = resolve)) });
    const reads = calls('live.state').length;
    let acted: Promise<unknown> = Promise.resolve();
    act(() => {
      acted = useStore.getState().liveAct('speakers.next', { meetingId: 'm1' });
    });
    await act(async () => {
      for (const l of listeners.get('live.changed') ?? []) l({ meetingId: 'm1' }); // emitted before the answer
      answer(ok(state));
      await acted;
    });
    expect(calls('live.state').length).toBe(reads);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(160);
    });
    expect(calls('live.state').length).toBe(reads + 1);
  });

  it('a session held on another day than planned projects its end against the opening plus the slot', async () => {
    const state = liveState();
    state.meeting = { ...state.meeting, startsAt: '2018-03-09T19:15:00.000Z', endsAt: '2018-03-09T20:45:00.000Z' };
    await show(state);
    // Opened at 15:32 today, a 90-minute slot: 17:02; projected 16:32.
    expect(screen.getByTestId('live-projected-end')).toHaveTextContent('16:32');
    expect(screen.getByTestId('live-projected-end')).not.toHaveClass('late');
    expect(screen.getByTestId('live-head')).toHaveTextContent('scheduled 17:02');
  });

  it('is read-only when the meeting is closed, with a Reopen that needs a reason', async () => {
    const closed = liveState();
    closed.meeting = { ...closed.meeting, status: 'closed' };
    closed.session = { ...closed.session!, closedAt: new Date(NOW).toISOString(), currentItemId: null };
    await show(closed);
    expect(screen.getByTestId('live-closed')).toBeInTheDocument();
    expect(screen.queryByTestId('speaker-search-input')).toBeNull();
    expect(screen.queryByTestId('live-next-item')).toBeNull();
    expect(screen.queryAllByTestId('live-item-defer')).toEqual([]);
    for (const select of screen.getAllByTestId('attendance-status')) expect(select).toBeDisabled();

    const u = user();
    await u.click(screen.getByTestId('live-reopen'));
    const dialog = await screen.findByTestId('reopen-dialog');
    invoke.mockImplementationOnce(async () => ({ ok: false, error: { code: 'required', message: 'x', field: 'reason' } }));
    await u.click(within(dialog).getByTestId('reopen-submit'));
    expect(await within(dialog).findByTestId('dialog-error')).toHaveTextContent('Reason: this is required.');
    expect(within(dialog).getByTestId('reopen-reason')).toHaveAttribute('aria-invalid', 'true');
    await u.type(within(dialog).getByTestId('reopen-reason'), 'Typo in the decision');
    await u.click(within(dialog).getByTestId('reopen-submit'));
    expect(calls('live.reopen').at(-1)).toEqual({ meetingId: 'm1', reason: 'Typo in the decision' });
  });
});

describe('speaker queue', () => {
  it('adds a speaker by typing a few letters, arrow keys and Enter, with the kind chosen', async () => {
    await show();
    const u = user();
    await u.selectOptions(screen.getByTestId('speaker-kind'), 'point_of_order');
    const input = screen.getByTestId('speaker-search-input');
    await u.type(input, 'syl');
    expect(calls('attendance.search').at(-1)).toEqual({ meetingId: 'm1', query: 'syl', limit: 8 });
    expect(await screen.findAllByTestId('speaker-search-option')).toHaveLength(1);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await u.keyboard('{Enter}');
    expect(calls('speakers.add').at(-1)).toEqual({ meetingId: 'm1', memberId: 'mem-sylvia', kind: 'point_of_order' });
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.getByTestId('speaker-kind')).toHaveValue('normal');
  });

  it('shows the request and the next speaker at the key press, before the core answers; a refusal puts it back', async () => {
    const state = liveState();
    await show(state);
    const queuedNames = () => screen.queryAllByTestId('queued-speaker').map((r) => r.textContent ?? '');
    const before = queuedNames();
    let answer: (v: unknown) => void = () => {};
    core(state, { 'speakers.add': () => new Promise((resolve) => (answer = resolve)) });
    const u = user();
    const input = screen.getByTestId('speaker-search-input');
    await u.selectOptions(screen.getByTestId('speaker-kind'), 'point_of_order');
    await u.type(input, 'syl');
    await screen.findAllByTestId('speaker-search-option');
    await u.keyboard('{Enter}');
    // Not answered yet, and already first in the queue (a point of order goes to the front).
    expect(calls('speakers.add')).toHaveLength(1);
    expect(queuedNames()).toHaveLength(before.length + 1);
    expect(queuedNames()[0]).toContain('Sylvia Herlein Leite');
    // The core refuses (e.g. recused): the queue is as the core last said.
    await act(async () => answer({ ok: false, error: { code: 'speaker_recused', message: 'recused', params: { name: 'Sylvia Herlein Leite', reason: 'COI' } } }));
    expect(queuedNames()).toEqual(before);

    // Next speaker: the first in the queue has the floor at the key press.
    const first = screen.getAllByTestId('queued-speaker')[0]!.textContent ?? '';
    core(state, { 'speakers.next': () => new Promise(() => {}) });
    (document.activeElement as HTMLElement | null)?.blur();
    await u.keyboard('n');
    expect(calls('speakers.next')).toHaveLength(1);
    expect(first).toContain(screen.getByTestId('current-speaker-name').textContent ?? '-');
  });

  it('Enter pressed before the last keystroke’s matches arrive picks from those, not from the shorter query’s', async () => {
    const state = liveState();
    await show(state);
    const answers: ((v: unknown) => void)[] = [];
    core(state, {
      'attendance.search': (i) =>
        new Promise((resolve) => answers.push(() => resolve(ok(hits.filter((h) => h.name.toLowerCase().startsWith(String(i.query).toLowerCase())))))),
    });
    const u = user();
    const input = screen.getByTestId('speaker-search-input');
    await u.type(input, 'h');
    await act(async () => answers.shift()!(null)); // "h": Humberto (the only match here)
    await u.type(input, 'x');
    await u.keyboard('{Enter}'); // "hx" is still on its way: nothing picked yet
    expect(calls('speakers.add')).toEqual([]);
    await act(async () => answers.shift()!(null)); // "hx": no match
    expect(calls('speakers.add')).toEqual([]);
    await u.clear(input);
    await u.type(input, 's');
    await act(async () => answers.splice(0).forEach((a) => a(null)));
    await u.type(input, 'y');
    await u.keyboard('{Enter}');
    await act(async () => answers.splice(0).forEach((a) => a(null)));
    expect(calls('speakers.add')).toEqual([{ meetingId: 'm1', memberId: 'mem-sylvia', kind: 'normal' }]);
  });

  it('asks before queuing a member who is not in the room, then sends confirmAbsent', async () => {
    const state = liveState();
    await show(state);
    core(state, {
      'speakers.add': (i) => (i.confirmAbsent ? ok(state) : { ok: false, error: { code: 'speaker_not_present', message: 'not in the room' } }),
    });
    const u = user();
    const input = screen.getByTestId('speaker-search-input');
    await u.type(input, 'carr');
    await screen.findAllByTestId('speaker-search-option');
    await u.keyboard('{ArrowDown}{Enter}');
    const dialog = await screen.findByTestId('confirm-absent');
    expect(dialog).toHaveTextContent('Humberto Carrasco is not checked in as present or remote. Add them to the queue anyway?');
    expect(screen.queryByTestId('error-banner')).toBeNull();
    expect(within(dialog).getByTestId('confirm-absent-ok')).toHaveFocus();
    await u.click(within(dialog).getByTestId('confirm-absent-ok'));
    expect(calls('speakers.add')).toEqual([
      { meetingId: 'm1', memberId: 'mem-humberto', kind: 'normal' },
      { meetingId: 'm1', memberId: 'mem-humberto', kind: 'normal', confirmAbsent: true },
    ]);
    expect(screen.queryByTestId('confirm-absent')).toBeNull();
  });

  it('cancelling the confirmation queues nobody', async () => {
    const state = liveState();
    await show(state);
    core(state, { 'speakers.add': () => ({ ok: false, error: { code: 'speaker_not_present', message: 'x' } }) });
    const u = user();
    await u.type(screen.getByTestId('speaker-search-input'), 'hum');
    await screen.findAllByTestId('speaker-search-option');
    await u.keyboard('{Enter}');
    await u.click(await screen.findByTestId('confirm-absent-cancel'));
    expect(calls('speakers.add')).toHaveLength(1);
    expect(screen.queryByTestId('confirm-absent')).toBeNull();
  });

  it('moves a request with the buttons and with Alt+arrows, keeping the focus on it; removes one', async () => {
    const state = liveState();
    await show(state);
    const reordered = liveState({
      speakers: [state.speakers[0], { ...state.speakers[2], position: 0 }, { ...state.speakers[1], position: 1 }, state.speakers[3]],
    });
    core(state, { 'speakers.move': () => ok(reordered) });
    const u = user();
    const rows = screen.getAllByTestId('queued-speaker');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Sylvia'), expect.stringContaining('Humberto')]);
    await u.click(within(rows[1]).getByRole('button', { name: 'Move Humberto Carrasco up' }));
    expect(calls('speakers.move').at(-1)).toEqual({ id: 'sp3', position: 0 });
    const after = screen.getAllByTestId('queued-speaker');
    expect(after[0]).toHaveTextContent('Humberto Carrasco');
    expect(screen.getByTestId('queue-announcement')).toHaveTextContent('Humberto Carrasco is now number 1 in the queue.');
    // The moved request is first: its "up" is disabled, so the focus stays on its row's remove button.
    expect(within(after[0]).getByRole('button', { name: 'Remove Humberto Carrasco from the queue' })).toHaveFocus();

    core(reordered, { 'speakers.move': () => ok(state) });
    fireEvent.keyDown(within(after[0]).getByRole('button', { name: 'Move Humberto Carrasco down' }), { key: 'ArrowDown', altKey: true });
    await vi.waitFor(() => expect(calls('speakers.move').at(-1)).toEqual({ id: 'sp3', position: 1 }));

    await u.click(within(screen.getAllByTestId('queued-speaker')[0]).getByRole('button', { name: /^Remove/ }));
    expect(calls('speakers.remove').at(-1)).toEqual({ id: expect.any(String) });
  });

  it('counts the speaker down, warns at 30 s and is over at 0, beeping only when asked', async () => {
    const state = liveState();
    state.session = { ...state.session!, audibleWarning: true };
    await show(state);
    const countdown = () => screen.getByTestId('current-speaker');
    expect(screen.getByTestId('speaker-countdown')).toHaveTextContent('0:30'); // 120 s limit, 90 s spoken
    expect(countdown().dataset.tone).toBe('warning');
    expect(screen.getByTestId('countdown-note')).toHaveTextContent('Less than 30 seconds left');
    expect(beep).not.toHaveBeenCalled(); // found past the warning: no sound on load
    await act(async () => {
      await vi.advanceTimersByTimeAsync(31_000);
    });
    expect(countdown().dataset.tone).toBe('over');
    expect(screen.getByTestId('speaker-countdown')).toHaveTextContent('−0:01');
    expect(screen.getByTestId('countdown-note')).toHaveTextContent('Time is up');
    expect(beep).toHaveBeenCalledWith('over');
  });

  it('lists who has spoken and for how long', async () => {
    await show();
    expect(screen.getByTestId('spoken-speaker')).toHaveTextContent(/Sergio Salinas Porto.*1:40/);
  });
});

describe('note', () => {
  it('saves as you type, once, 500 ms after the last keystroke; shows Saved', async () => {
    await show();
    const note = screen.getByTestId('live-note');
    const typing = async (text: string, ms: number) => {
      fireEvent.change(note, { target: { value: text } });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    };
    await typing('Nous allons', 300);
    await typing('Nous allons faire une queue ici', 300);
    expect(calls('notes.save')).toEqual([]); // 600 ms of typing, 300 since the last keystroke
    expect(screen.getByTestId('note-status').dataset.status).toBe('pending');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(250);
    });
    expect(calls('notes.save')).toEqual([{ itemId: 'updates', text: 'Nous allons faire une queue ici' }]);
    expect(screen.getByTestId('note-status')).toHaveTextContent('Saved');
  });

  it('saves at once on blur, and when the current item changes', async () => {
    const state = liveState();
    await show(state);
    const u = user();
    await u.type(screen.getByTestId('live-note'), 'Le 21 avril');
    await act(async () => {
      screen.getByTestId('live-note').blur();
    });
    expect(calls('notes.save')).toEqual([{ itemId: 'updates', text: 'Le 21 avril' }]);

    await u.type(screen.getByTestId('live-note'), '.');
    const next = liveState({
      agenda: state.agenda.map((i) => (i.id === 'updates' ? { ...i, state: 'done' } : i.id === 'gtld' ? { ...i, state: 'current', runs: [{ startedAt: new Date(NOW).toISOString(), endedAt: null }] } : i)),
      session: { ...state.session!, currentItemId: 'gtld' },
      speakers: [],
    });
    core(next);
    await act(async () => {
      await useStore.getState().liveAct('live.nextItem', { meetingId: 'm1' });
    });
    expect(calls('notes.save').at(-1)).toEqual({ itemId: 'updates', text: 'Le 21 avril.' });
    expect(screen.getByTestId('live-note')).toHaveValue('');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(calls('notes.save')).toHaveLength(2);
  });
});

describe('shortcuts', () => {
  it('N, S, I, T and Space act; A, O and D put the cursor in place; letters typed in a field do nothing', async () => {
    await show();
    const u = user();
    await u.keyboard('n');
    expect(calls('speakers.next')).toHaveLength(1);
    await u.keyboard('s');
    expect(calls('speakers.stop')).toHaveLength(1);
    await u.keyboard('i');
    expect(calls('live.nextItem')).toHaveLength(1);
    await u.keyboard('t');
    expect(calls('live.pause')).toHaveLength(1);
    await u.keyboard(' ');
    expect(calls('live.pause')).toHaveLength(2);

    await u.keyboard('a');
    expect(screen.getByTestId('speaker-search-input')).toHaveFocus();
    await u.keyboard('n'); // typed in the search
    expect(calls('speakers.next')).toHaveLength(1);
    expect(screen.getByTestId('speaker-search-input')).toHaveValue('n');

    await act(async () => (document.activeElement as HTMLElement).blur());
    await u.keyboard('o');
    expect(screen.getByTestId('live-note')).toHaveFocus();
    await act(async () => (document.activeElement as HTMLElement).blur());
    await u.keyboard('c');
    expect(screen.getByTestId('capture-text')).toHaveFocus();
    expect(screen.getByTestId('capture-form').dataset.mode).toBe('action');
  });

  it('F opens the defer dialog for the current item; ? opens the translated help; Escape closes and gives the focus back', async () => {
    await i18next.changeLanguage('fr');
    await show();
    const u = user();
    await u.keyboard('f');
    const defer = await screen.findByTestId('defer-dialog');
    expect(defer).toHaveTextContent('Reporter « Working group updates »');
    expect(within(defer).getByTestId('defer-reason')).toHaveFocus();
    await u.keyboard('{Escape}');
    expect(screen.queryByTestId('defer-dialog')).toBeNull();

    const helpButton = screen.getByTestId('live-help');
    helpButton.focus();
    await u.keyboard('?');
    const help = await screen.findByTestId('help-dialog');
    expect(within(help).getByRole('heading', { name: 'Raccourcis clavier' })).toBeInTheDocument();
    const rows = within(help).getAllByTestId('shortcut-row').map((r) => r.textContent);
    expect(rows).toContain('NIntervenant suivant');
    expect(rows).toContain('T ou EspaceMettre en pause ou reprendre le chronomètre');
    await u.keyboard('{Escape}');
    expect(screen.queryByTestId('help-dialog')).toBeNull();
    expect(helpButton).toHaveFocus();
  });
});

describe('dialogs and errors', () => {
  it('defers to a chosen meeting with a reason', async () => {
    const state = liveState();
    await show(state);
    const later = { ...state.meeting, id: 'm2', title: 'LACRALO monthly call', status: 'planned', startsAt: new Date(NOW + 86_400_000 * 30).toISOString() };
    core(state, { 'meetings.list': () => ok([state.meeting, later]) });
    const u = user();
    await u.click(within(screen.getAllByTestId('live-item')[2]).getByRole('button', { name: 'Defer “New gTLDs”…' }));
    const dialog = await screen.findByTestId('defer-dialog');
    await u.type(within(dialog).getByTestId('defer-reason'), 'Out of time');
    await vi.waitFor(() => expect(within(dialog).getByTestId('defer-target-chosen')).toBeEnabled());
    await u.click(within(dialog).getByTestId('defer-target-chosen'));
    expect(within(dialog).getByTestId('defer-meeting')).toHaveValue('m2');
    await u.click(within(dialog).getByTestId('defer-submit'));
    expect(calls('agenda.defer')).toEqual([{ id: 'gtld', reason: 'Out of time', toMeetingId: 'm2' }]);
    expect(screen.queryByTestId('defer-dialog')).toBeNull();
  });

  it('closing offers the unreached items, checked, and defers them in the same step', async () => {
    await show();
    const u = user();
    await u.click(screen.getByTestId('live-close'));
    const dialog = await screen.findByTestId('close-dialog');
    expect(dialog).toHaveTextContent('2 items were not reached. Defer the ones checked?');
    const boxes = within(dialog).getAllByTestId('close-defer-item');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true]);
    await u.click(boxes[0]);
    expect(within(dialog).getByTestId('close-submit')).toHaveTextContent('Defer 1 item and close');
    await u.click(boxes[0]);
    await u.click(within(dialog).getByTestId('close-submit'));
    expect(calls('live.close')).toEqual([{ meetingId: 'm1', defer: { itemIds: ['gtld', 'cpwg'], reason: '' } }]);
  });

  it('shows a refused setting in the dialog, in Spanish, naming the field', async () => {
    await i18next.changeLanguage('es');
    const state = liveState();
    await show(state);
    core(state, { 'live.settings': () => ({ ok: false, error: { code: 'too_small', message: 'x', field: 'speakerLimitSeconds', params: { min: 10 } } }) });
    const u = user();
    await u.click(screen.getByTestId('live-settings'));
    const dialog = await screen.findByTestId('settings-dialog');
    await u.clear(within(dialog).getByTestId('settings-minutes'));
    await u.type(within(dialog).getByTestId('settings-minutes'), '0');
    await u.clear(within(dialog).getByTestId('settings-seconds'));
    await u.type(within(dialog).getByTestId('settings-seconds'), '5');
    await u.click(within(dialog).getByTestId('settings-submit'));
    expect(calls('live.settings').at(-1)).toEqual({ meetingId: 'm1', speakerLimitSeconds: 5, audibleWarning: false, queuePolicy: 'none', quorumRule: 'majority_of_members' });
    expect(within(dialog).getByTestId('dialog-error')).toHaveTextContent('Límite de tiempo de palabra: debe ser al menos 10.');
    expect(within(dialog).getByTestId('settings-minutes')).toHaveAttribute('aria-invalid', 'true');
  });

  it('a refused action shows the banner in the user’s language', async () => {
    await i18next.changeLanguage('fr');
    const state = liveState();
    await show(state);
    core(state, { 'speakers.next': () => ({ ok: false, error: { code: 'not_found', message: 'x', field: 'meetingId' } }) });
    const u = user();
    await u.click(screen.getByTestId('speaker-next'));
    expect(await screen.findByTestId('error-banner')).toHaveTextContent('Réunion : cet enregistrement n’existe pas ou a été archivé.');
  });

  it('quorum and counts are pluralised in French', async () => {
    await i18next.changeLanguage('fr');
    await show(liveState({ quorum: { rule: 'majority_of_members', eligible: 9, counted: 4, required: 5, reached: false, missing: 1 } }));
    expect(screen.getByTestId('quorum-pill')).toHaveTextContent('Quorum : il manque 1');
    expect(screen.getByTestId('attendance-counts')).toHaveTextContent('2 présents · 0 à distance · 0 excusé · 0 absent · 1 non renseigné');
  });
});

