import type { AttendanceLine, AttendanceStatus, LiveItem, LiveState, Speaker } from '../../../shared/domain/live/contract';

// A live state of the San Juan session (seed 003) for the jsdom tests: 15:15–16:45 AST, opened at
// 15:32, the second item running for 10 minutes, one speaker speaking for 90 s with a 2-minute limit.

export const NOW = Date.parse('2018-03-10T19:52:00.000Z'); // 15:52 AST
const iso = (ms: number) => new Date(ms).toISOString();
const ago = (s: number) => iso(NOW - s * 1000);
const meta = { createdAt: '2018-03-01T00:00:00.000Z', updatedAt: '2018-03-01T00:00:00.000Z', deletedAt: null };

const item = (id: string, title: string, position: number, plannedMinutes: number, state: LiveItem['state'], runs: LiveItem['runs'] = []): LiveItem => ({
  ...meta,
  id,
  meetingId: 'm1',
  parentId: null,
  position,
  title,
  presenter: null,
  presenterMemberId: null,
  plannedMinutes,
  kind: 'discussion',
  state,
  runs,
  note: '',
  deferredTo: null,
});

export const speaker = (id: string, memberName: string, status: Speaker['status'], position: number, extra: Partial<Speaker> = {}): Speaker => ({
  ...meta,
  id,
  meetingId: 'm1',
  itemId: 'updates',
  memberId: `mem-${id}`,
  memberName,
  subRegion: null,
  gender: null,
  kind: 'normal',
  status,
  position,
  requestedAt: ago(600),
  startedAt: null,
  endedAt: null,
  ...extra,
});

const line = (memberId: string, name: string, status: AttendanceStatus | null): AttendanceLine => ({
  memberId,
  name,
  country: 'AR',
  alsId: null,
  alsName: null,
  expected: true,
  attendance: status
    ? { ...meta, id: `att-${memberId}`, meetingId: 'm1', memberId, status, arrivedAt: null, leftAt: null, proxyHolderId: null }
    : null,
});

export function liveState(patch: Partial<LiveState> = {}): LiveState {
  return {
    meeting: {
      ...meta,
      id: 'm1',
      bodyId: 'b1',
      bodyName: 'Latin American and Caribbean Islands Regional At-Large Organization',
      bodyShortName: 'LACRALO',
      title: 'Regional leaders and ALAC: working session, part 4',
      kind: 'face_to_face',
      startsAt: '2018-03-10T19:15:00.000Z',
      endsAt: '2018-03-10T20:45:00.000Z',
      timeZone: 'America/Puerto_Rico',
      location: 'San Juan, Puerto Rico',
      interpretationLanguages: ['en', 'es', 'fr'],
      status: 'in_progress',
      itemCount: 4,
      plannedMinutes: 55,
    },
    session: {
      ...meta,
      id: 's1',
      meetingId: 'm1',
      openedAt: ago(20 * 60),
      closedAt: null,
      currentItemId: 'updates',
      paused: false,
      speakerLimitSeconds: 120,
      audibleWarning: false,
      queuePolicy: 'none',
      quorumRule: 'majority_of_members',
    },
    agenda: [
      item('welcome', 'Welcome and agenda', 0, 5, 'done', [{ startedAt: ago(20 * 60), endedAt: ago(14 * 60) }]),
      item('updates', 'Working group updates', 1, 15, 'current', [{ startedAt: ago(10 * 60), endedAt: null }]),
      item('gtld', 'New gTLDs', 2, 15, 'pending'),
      item('cpwg', 'CPWG and technical working group', 3, 20, 'pending'),
    ],
    backlog: [],
    attendance: [line('alberto', 'Alberto Soto', 'present'), line('sylvia', 'Sylvia Herlein Leite', 'present'), line('humberto', 'Humberto Carrasco', null)],
    quorum: { rule: 'majority_of_members', eligible: 9, counted: 3, required: 5, reached: false, missing: 2 },
    speakers: [
      speaker('sp1', 'Alberto Soto', 'speaking', 0, { startedAt: ago(90) }),
      speaker('sp2', 'Sylvia Herlein Leite', 'queued', 0),
      speaker('sp3', 'Humberto Carrasco', 'queued', 1, { kind: 'direct_reply' }),
      speaker('sp0', 'Sergio Salinas Porto', 'done', 0, { startedAt: ago(300), endedAt: ago(200) }),
    ],
    decisions: [],
    actions: [],
    now: iso(NOW),
    ...patch,
  };
}
