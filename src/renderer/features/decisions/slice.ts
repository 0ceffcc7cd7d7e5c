import type { InputOf } from '../../../shared/contract';
import type { Body } from '../../../shared/domain/directory/contract';
import type { Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { Slice } from '../../store';
import type { DecisionDetail, DecisionStatus, DecisionSummary, ParticipationReport, Person, VoteView } from './model';
import { castLocally } from './selectors';

/** Locale namespace of the decisions' field labels (for the error banner). */
export const NS = 'decisions';

export interface DecisionsFilter {
  bodyId: string | null;
  status: DecisionStatus | null;
  groupBy: 'body' | 'meeting' | 'status';
}

/** The decisions slice caches what the core returned; every mutation puts the core's answer in place. */
export interface DecisionsSlice {
  decisionList: DecisionSummary[] | null;
  decisionBodies: Body[] | null;
  decision: DecisionDetail | null;
  /** Members of the decision's body (holders of minority views, objectors, who enters ballots). */
  decisionPeople: Person[];
  decisionsFilter: DecisionsFilter;
  participation: ParticipationReport | null;
  /** Who enters ballots on this laptop (a member id, kept while the app runs). */
  ballotEnteredBy: string;
  setBallotEnteredBy(memberId: string): void;
  setDecisionsFilter(patch: Partial<DecisionsFilter>): Promise<void>;
  loadDecisions(): Promise<void>;
  loadDecisionBodies(): Promise<void>;
  loadDecision(id: string): Promise<void>;
  loadParticipation(input: InputOf<'participation.report'>): Promise<void>;
  /** A change to the decision shown (consensus, call, recusal): the core answers with the decision. */
  changeDecision(call: Promise<Result<DecisionDetail>>): Promise<Result<DecisionDetail>>;
  /** A change to one vote: the core answers with the vote, put in place at once; `reload` refreshes the decision (its status moves). */
  changeVote(call: Promise<Result<VoteView>>, reload?: boolean): Promise<Result<VoteView>>;
  /**
   * Records a ballot. The vote on screen moves at once (the same pure tally the core runs); the
   * core's answer then replaces it, or a refusal puts the vote back as it was.
   */
  castBallot(input: InputOf<'votes.cast'>): Promise<Result<VoteView>>;
  /** True while this window's own change is under way (its decisions.changed echo needs no reload). */
  decisionBusy(): boolean;
}

export const createDecisionsSlice: Slice<DecisionsSlice> = (set, get) => {
  let pending = 0;
  let settledAt = 0;
  const own = async <T>(p: Promise<T>): Promise<T> => {
    pending++;
    try {
      return await p;
    } finally {
      pending--;
      settledAt = Date.now();
    }
  };
  const putVote = (vote: VoteView) => {
    const d = get().decision;
    if (!d || d.id !== vote.decisionId) return;
    const votes = d.votes.some((v) => v.id === vote.id) ? d.votes.map((v) => (v.id === vote.id ? vote : v)) : [...d.votes, vote];
    set({ decision: { ...d, votes } });
  };
  const people = async (bodyId: string) => {
    const res = await invoke('bodies.get', { id: bodyId });
    if (!res.ok) return;
    const seen = new Map<string, Person>();
    for (const h of res.value.holders) if (!seen.has(h.memberId)) seen.set(h.memberId, { id: h.memberId, name: h.memberName });
    set({ decisionPeople: [...seen.values()].sort((a, b) => a.name.localeCompare(b.name)) });
  };
  return {
    decisionList: null,
    decisionBodies: null,
    decision: null,
    decisionPeople: [],
    decisionsFilter: { bodyId: null, status: null, groupBy: 'body' },
    participation: null,
    ballotEnteredBy: '',
    setBallotEnteredBy(memberId) {
      set({ ballotEnteredBy: memberId });
    },
    async setDecisionsFilter(patch) {
      set({ decisionsFilter: { ...get().decisionsFilter, ...patch } });
      await get().loadDecisions();
    },
    async loadDecisions() {
      const { bodyId, status } = get().decisionsFilter;
      const res = await get().run(invoke('decisions.list', { ...(bodyId ? { bodyId } : {}), ...(status ? { status } : {}) }), NS);
      if (res.ok) set({ decisionList: res.value });
    },
    async loadDecisionBodies() {
      const res = await get().run(invoke('bodies.list', {}), NS);
      if (res.ok) set({ decisionBodies: res.value });
    },
    async loadDecision(id) {
      const res = await get().run(invoke('decisions.get', { id }), NS);
      const before = get().decision?.bodyId;
      set({ decision: res.ok ? res.value : null });
      if (res.ok && res.value.bodyId !== before) await people(res.value.bodyId);
    },
    async loadParticipation(input) {
      const res = await get().run(invoke('participation.report', input), NS);
      set({ participation: res.ok ? res.value : null });
    },
    async changeDecision(call) {
      const res = await own(get().run(call, NS));
      if (res.ok && get().decision?.id === res.value.id) set({ decision: res.value });
      return res;
    },
    async changeVote(call, reload = false) {
      const res = await own(get().run(call, NS));
      if (res.ok) {
        putVote(res.value);
        if (reload && get().decision?.id === res.value.decisionId) await get().loadDecision(res.value.decisionId);
      }
      return res;
    },
    async castBallot(input) {
      const before = get().decision?.votes.find((v) => v.id === input.voteId);
      if (before) putVote(castLocally(before, input));
      const res = await own(get().run(invoke('votes.cast', input), NS));
      if (res.ok) putVote(res.value);
      else if (before) putVote(before);
      return res;
    },
    decisionBusy() {
      return pending > 0 || Date.now() - settledAt < 300;
    },
  };
};
