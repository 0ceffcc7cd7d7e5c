import type { LiveItem, LiveState, Speaker } from '../../../shared/domain/live/contract';
import { orderAgenda } from '../../../shared/domain/meetings/agenda';

// What the live screens derive from one LiveState.

/** Closed: what was recorded is locked until an explicit reopen. */
export const isClosed = (s: LiveState): boolean => s.meeting.status === 'closed' || Boolean(s.session?.closedAt);

/** The session runs (opened, not closed): the live actions are on. */
export const isRunning = (s: LiveState): boolean => Boolean(s.session) && !isClosed(s);

export const currentItem = (s: LiveState): LiveItem | null =>
  (s.session?.currentItemId && s.agenda.find((i) => i.id === s.session!.currentItemId)) || null;

export interface SpeakerLists {
  speaking: Speaker | null;
  queued: Speaker[];
  done: Speaker[];
}

export function speakerLists(s: LiveState): SpeakerLists {
  const speaking = s.speakers.find((p) => p.status === 'speaking') ?? null;
  const queued = s.speakers.filter((p) => p.status === 'queued').sort((a, b) => a.position - b.position);
  const done = s.speakers.filter((p) => p.status === 'done');
  return { speaking, queued, done };
}

/** The agenda in order with numbers ("2.1"). */
export const agendaRows = (s: LiveState) => orderAgenda(s.agenda);

/** Number of an item in the agenda ("3", "2.1"). */
export const itemNumber = (s: LiveState, id: string): string => agendaRows(s).find((r) => r.item.id === id)?.number ?? '';
