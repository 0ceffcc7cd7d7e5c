import type { InputOf } from '../../../shared/contract';
import type { Body } from '../../../shared/domain/directory/contract';
import type { MoveTarget } from '../../../shared/domain/meetings/agenda';
import type { AgendaItem, Meeting, MeetingDetail, MeetingSummary, PresenterOption } from '../../../shared/domain/meetings/contract';
import type { Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { Slice } from '../../store';

/** Locale namespace of the meetings' field labels (for the error banner). */
export const NS = 'meetings';

export interface MeetingsFilter {
  bodyId: string | null;
  includeArchived: boolean;
}

/** The meetings slice caches what the core returned; every mutation reloads from SQLite. */
export interface MeetingsSlice {
  meetingList: MeetingSummary[] | null;
  meetingBodies: Body[] | null;
  meetingDetail: MeetingDetail | null;
  meetingPresenters: PresenterOption[];
  meetingsFilter: MeetingsFilter;
  setMeetingsFilter(patch: Partial<MeetingsFilter>): Promise<void>;
  loadMeetings(): Promise<void>;
  loadMeetingBodies(): Promise<void>;
  loadMeeting(id: string): Promise<void>;
  loadPresenters(): Promise<void>;
  createMeeting(input: InputOf<'meetings.create'>): Promise<Result<Meeting>>;
  updateMeeting(input: InputOf<'meetings.update'>): Promise<Result<Meeting>>;
  archiveMeeting(id: string): Promise<Result<Meeting>>;
  restoreMeeting(id: string): Promise<Result<Meeting>>;
  duplicateMeeting(input: InputOf<'meetings.duplicate'>): Promise<Result<Meeting>>;
  addAgendaItem(input: InputOf<'agenda.add'>): Promise<Result<AgendaItem>>;
  updateAgendaItem(input: InputOf<'agenda.update'>): Promise<Result<AgendaItem>>;
  removeAgendaItem(id: string): Promise<Result<AgendaItem[]>>;
  moveAgendaItem(id: string, target: MoveTarget): Promise<Result<AgendaItem[]>>;
  /** Places an item of the backlog (deferred here from an earlier meeting) at the end of the agenda. */
  scheduleBacklogItem(id: string): Promise<Result<AgendaItem>>;
}

export const createMeetingsSlice: Slice<MeetingsSlice> = (set, get) => {
  /** After a change to one meeting: its detail (when shown) and the list. */
  const refresh = async (meetingId?: string) => {
    const shown = get().meetingDetail?.meeting.id;
    await Promise.all([get().loadMeetings(), meetingId && shown === meetingId ? get().loadMeeting(meetingId) : undefined]);
  };
  const mutate = async <T>(call: Promise<Result<T>>, meetingId?: (value: T) => string | undefined): Promise<Result<T>> => {
    const res = await get().run(call, NS);
    if (res.ok) await refresh(meetingId?.(res.value));
    return res;
  };
  return {
    meetingList: null,
    meetingBodies: null,
    meetingDetail: null,
    meetingPresenters: [],
    meetingsFilter: { bodyId: null, includeArchived: false },

    async setMeetingsFilter(patch) {
      set({ meetingsFilter: { ...get().meetingsFilter, ...patch } });
      await get().loadMeetings();
    },
    async loadMeetings() {
      const { bodyId, includeArchived } = get().meetingsFilter;
      const res = await get().run(invoke('meetings.list', { ...(bodyId ? { bodyId } : {}), includeArchived }), NS);
      if (res.ok) set({ meetingList: res.value });
    },
    async loadMeetingBodies() {
      const res = await get().run(invoke('bodies.list', {}), NS);
      if (res.ok) set({ meetingBodies: res.value });
    },
    async loadMeeting(id) {
      const res = await get().run(invoke('meetings.get', { id }), NS);
      set({ meetingDetail: res.ok ? res.value : null });
    },
    async loadPresenters() {
      const res = await invoke('agenda.presenters', {});
      if (res.ok) set({ meetingPresenters: res.value });
    },
    createMeeting: (input) => mutate(invoke('meetings.create', input)),
    updateMeeting: (input) => mutate(invoke('meetings.update', input), (m) => m.id),
    archiveMeeting: (id) => mutate(invoke('meetings.archive', { id }), (m) => m.id),
    restoreMeeting: (id) => mutate(invoke('meetings.restore', { id }), (m) => m.id),
    duplicateMeeting: (input) => mutate(invoke('meetings.duplicate', input)),
    addAgendaItem: (input) => mutate(invoke('agenda.add', input), (i) => i.meetingId),
    updateAgendaItem: (input) => mutate(invoke('agenda.update', input), (i) => i.meetingId),
    removeAgendaItem: (id) => mutate(invoke('agenda.remove', { id }), () => get().meetingDetail?.meeting.id),
    scheduleBacklogItem: (id) => mutate(invoke('agenda.schedule', { id }), (i) => i.meetingId),
    async moveAgendaItem(id, target) {
      const res = await get().run(invoke('agenda.move', { id, ...target }), NS);
      const detail = get().meetingDetail;
      // The channel answers with the whole agenda in its new order.
      if (res.ok && detail) set({ meetingDetail: { ...detail, agenda: res.value } });
      return res;
    },
  };
};
