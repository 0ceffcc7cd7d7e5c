import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaItem, MeetingDetail, MeetingStatus } from '../../../shared/domain/meetings/contract';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { MeetingDetailView } from './MeetingDetailView';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));

const meta = { createdAt: '2018-03-01T00:00:00.000Z', updatedAt: '2018-03-01T00:00:00.000Z', deletedAt: null };
const deferred: AgendaItem = {
  ...meta,
  id: 'copy-gtld',
  meetingId: 'm2',
  parentId: null,
  position: 0,
  title: 'New gTLDs',
  presenter: null,
  presenterMemberId: null,
  plannedMinutes: 15,
  kind: 'discussion',
  deferredFrom: { meetingId: 'm1', itemId: 'gtld', title: 'Working session, part 4', startsAt: '2018-03-10T19:15:00.000Z', reason: 'Out of time' },
};
const detail = (status: MeetingStatus, backlog: AgendaItem[] = []): MeetingDetail => ({
  meeting: {
    ...meta,
    id: 'm2',
    bodyId: 'b1',
    bodyName: 'Latin American and Caribbean Islands Regional At-Large Organization',
    bodyShortName: 'LACRALO',
    title: 'LACRALO monthly call',
    kind: 'call',
    startsAt: '2018-04-23T23:00:00.000Z',
    endsAt: '2018-04-24T00:30:00.000Z',
    timeZone: 'America/Montevideo',
    location: null,
    interpretationLanguages: [],
    status,
    itemCount: 0,
    plannedMinutes: 0,
  },
  agenda: [],
  backlog,
});

beforeAll(() => {
  initI18n('en');
});
beforeEach(async () => {
  invoke.mockReset();
  await i18next.changeLanguage('en');
});

describe('meeting detail: the session and the backlog', () => {
  it.each([
    ['planned', 'Open the session'],
    ['in_progress', 'Resume the session'],
    ['closed', 'View the session'],
  ] as const)('a %s meeting links to its session screen: “%s”', (status, label) => {
    render(<MeetingDetailView detail={detail(status)} />);
    const link = screen.getByTestId('meeting-live');
    expect(link).toHaveTextContent(label);
    expect(link).toHaveAttribute('href', '#/live/m2');
    expect(screen.queryByTestId('backlog')).toBeNull();
  });

  it('lists the items deferred here, where from, and schedules one onto the agenda', async () => {
    const d = detail('planned', [deferred]);
    act(() => useStore.setState({ meetingDetail: d, meetingPresenters: [] }));
    render(<MeetingDetailView detail={d} />);
    const backlog = screen.getByTestId('backlog');
    expect(within(backlog).getByRole('heading')).toHaveTextContent('Backlog (1 item)');
    expect(within(backlog).getByTestId('backlog-from')).toHaveTextContent('Deferred from “Working session, part 4” (Sat, 10 Mar 2018) — Out of time');
    expect(within(backlog).getByRole('link', { name: '“Working session, part 4”' })).toHaveAttribute('href', '#/meetings/m1');
    invoke.mockImplementation(async (channel: string) =>
      channel === 'agenda.schedule' ? { ok: true, value: { ...deferred, position: 0 } } : channel === 'meetings.get' ? { ok: true, value: d } : { ok: true, value: [] },
    );
    await userEvent.setup().click(within(backlog).getByRole('button', { name: 'Schedule “New gTLDs” at the end of the agenda' }));
    expect(invoke).toHaveBeenCalledWith('agenda.schedule', { id: 'copy-gtld' });
    expect(invoke).toHaveBeenCalledWith('meetings.get', { id: 'm2' });
  });
});
