import type { LiveState, MemberHit, Speaker, SpeakerKind } from './contract';
import { insertionIndex, type QueueEntry } from './queue';

// What the core will answer to the chair's commonest changes — add a speaker, next speaker, stop —
// computed from the state the screen already has, with the same queue rules (queue.ts). The screen
// shows it at the key press and replaces it with the core's answer when it comes (or goes back to
// the last answer if the core refuses). A prediction is null when the outcome is not certain enough
// to show: then the screen simply waits for the answer. `predict.test.ts` holds it to the core's
// answers over random sequences.

export type SpeakerChange =
  | { type: 'add'; member: Pick<MemberHit, 'id' | 'name' | 'inRoom' | 'subRegion' | 'gender'>; kind: SpeakerKind; confirmAbsent?: boolean }
  | { type: 'next' }
  | { type: 'stop' };

const ORDER: Record<string, number> = { speaking: 0, queued: 1, done: 2 };

/** The order `live.state` lists speakers in: the one speaking, the queue, then those done as they spoke. */
function sorted(speakers: Speaker[]): Speaker[] {
  return [...speakers].sort(
    (a, b) =>
      ORDER[a.status]! - ORDER[b.status]! ||
      (a.status === 'done' ? (a.startedAt ?? '').localeCompare(b.startedAt ?? '') : a.position - b.position) ||
      a.id.localeCompare(b.id),
  );
}

export function predictSpeakers(state: LiveState, change: SpeakerChange, now: string): LiveState | null {
  const { session } = state;
  const itemId = session?.currentItemId ?? null;
  if (!session || session.closedAt !== null || state.meeting.status === 'closed' || itemId === null) return null;
  const speaking = state.speakers.find((s) => s.status === 'speaking');
  const queued = state.speakers.filter((s) => s.status === 'queued').sort((a, b) => a.position - b.position);
  const others = state.speakers.filter((s) => s.status !== 'queued' && s.status !== 'speaking');
  const renumber = (list: Speaker[]) => list.map((s, position) => (s.position === position ? s : { ...s, position, updatedAt: now }));
  const end = (s: Speaker): Speaker => ({ ...s, status: 'done', endedAt: now, updatedAt: now });

  let speakers: Speaker[];
  switch (change.type) {
    case 'add': {
      const { member, kind } = change;
      if (!member.inRoom && !change.confirmAbsent) return null;
      if (queued.some((s) => s.memberId === member.id && s.kind === kind)) return null;
      const spoken = (memberId: string) => state.speakers.some((s) => s.memberId === memberId && (s.status === 'speaking' || s.status === 'done'));
      const entries: QueueEntry[] = queued.map((s) => ({ id: s.id, kind: s.kind, spoken: spoken(s.memberId), subRegion: s.subRegion, gender: s.gender }));
      const entry: QueueEntry = { id: '', kind, spoken: spoken(member.id), subRegion: member.subRegion, gender: member.gender };
      const index = insertionIndex(entries, entry, session.queuePolicy);
      const request: Speaker = {
        id: `pending:${member.id}:${kind}`,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        meetingId: state.meeting.id,
        itemId,
        memberId: member.id,
        memberName: member.name,
        subRegion: member.subRegion,
        gender: member.gender,
        kind,
        status: 'queued',
        position: index,
        requestedAt: now,
        startedAt: null,
        endedAt: null,
      };
      const queue = [...queued];
      queue.splice(index, 0, request);
      speakers = [...(speaking ? [speaking] : []), ...renumber(queue), ...others];
      break;
    }
    case 'next': {
      if (!speaking && queued.length === 0) return null;
      const [first, ...rest] = queued;
      speakers = [
        ...(speaking ? [end(speaking)] : []),
        ...(first ? [{ ...first, status: 'speaking' as const, startedAt: now, updatedAt: now }] : []),
        ...renumber(rest),
        ...others,
      ];
      break;
    }
    case 'stop': {
      if (!speaking) return null;
      speakers = [end(speaking), ...queued, ...others];
      break;
    }
  }
  return { ...state, speakers: sorted(speakers) };
}
