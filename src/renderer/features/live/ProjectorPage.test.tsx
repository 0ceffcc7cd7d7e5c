import { act, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveState } from '../../../shared/domain/live/contract';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { liveState, NOW, speaker } from './fixtures';
import { ProjectorPage } from './ProjectorPage';

const invoke = vi.hoisted(() => vi.fn());
const listeners = vi.hoisted(() => new Set<(p: unknown) => void>());
vi.mock('../../api', () => ({
  invoke,
  on: (event: string, l: (p: unknown) => void) => {
    if (event === 'live.changed') listeners.add(l);
    return () => listeners.delete(l);
  },
}));

let current: LiveState;
const emit = async (state: LiveState) => {
  current = state;
  await act(async () => {
    for (const l of listeners) l({ meetingId: 'm1' });
  });
};

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(NOW);
  current = liveState();
  invoke.mockReset();
  invoke.mockImplementation(async () => ({ ok: true, value: current }));
  listeners.clear();
  act(() => useStore.setState({ live: null, liveId: null, liveStatus: 'idle', liveError: null }));
  await i18next.changeLanguage('en');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('projector', () => {
  it('shows the current item, its timer, the speaker with the countdown and who comes next, read-only', async () => {
    render(<ProjectorPage meetingId="m1" />);
    expect(await screen.findByTestId('projector-item')).toHaveTextContent('Working group updates');
    expect(screen.getByTestId('projector-timer')).toHaveTextContent('10:00');
    expect(screen.getByTestId('projector-speaker-name')).toHaveTextContent('Alberto Soto');
    expect(screen.getByTestId('projector-countdown')).toHaveTextContent('0:30');
    expect(screen.getByTestId('projector-speaker').dataset.tone).toBe('warning');
    expect(within(screen.getByTestId('projector-queue')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Sylvia Herlein Leite',
      'Humberto CarrascoDirect reply',
    ]);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.documentElement).toHaveClass('projector-mode');
    // It reads the small state (no attendance sheet, backlog or captures): it reads on every change.
    expect(invoke.mock.calls.filter(([c]) => c === 'live.state').map(([, i]) => i)).toEqual([{ meetingId: 'm1', view: 'projector' }]);
  });

  it('follows live.changed: the next speaker, then a point of order at the head of the queue', async () => {
    render(<ProjectorPage meetingId="m1" />);
    await screen.findByTestId('projector-item');
    const base = liveState();
    await emit(
      liveState({
        speakers: [
          { ...base.speakers[1], status: 'speaking', startedAt: new Date(NOW).toISOString() },
          speaker('sp9', 'Vanda Scartezini', 'queued', 0, { kind: 'point_of_order' }),
          { ...base.speakers[2], position: 1 },
        ],
      }),
    );
    expect(screen.getByTestId('projector-speaker-name')).toHaveTextContent('Sylvia Herlein Leite');
    expect(screen.getByTestId('projector-countdown')).toHaveTextContent('2:00');
    expect(screen.getByTestId('projector-speaker').dataset.tone).toBe('ok');
    expect(screen.getAllByTestId('projector-queued')[0]).toHaveTextContent('Vanda ScarteziniPoint of order');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5100); // the tick lands just after each whole second
    });
    expect(screen.getByTestId('projector-countdown')).toHaveTextContent('1:55');
  });

  it('says when the session has not started or is closed, in French', async () => {
    await i18next.changeLanguage('fr');
    current = liveState({ session: null });
    render(<ProjectorPage meetingId="m1" />);
    expect(await screen.findByTestId('projector-message')).toHaveTextContent('La séance n’a pas encore commencé.');
    const closed = liveState();
    await emit({ ...closed, meeting: { ...closed.meeting, status: 'closed' }, session: { ...closed.session!, closedAt: closed.now } });
    expect(screen.getByTestId('projector-message')).toHaveTextContent('La séance est close.');
  });
});
