import type { Body } from '../../../shared/domain/directory/contract';
import type { Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { Slice } from '../../store';
import type { BallotRow, DecisionDetail, DecisionStatus, DecisionSummary, DecisionsPort, ParticipationRow, VoteDetail } from './model';
import { decisionsPort } from './port';

/** Locale namespace of the decisions' field labels (for the error banner). */
export const NS = 'decisions';

export interface DecisionsFilter {
  bodyId: string | null;
  status: DecisionStatus | null;
  groupBy: 'body' | 'meeting' | 'status';
}

/** The decisions slice caches what the core returned; every mutation reloads the decision shown. */
export interface DecisionsSlice {
  decisionList: DecisionSummary[] | null;
  decisionBodies: Body[] | null;
  decision: DecisionDetail | null;
  decisionsFilter: DecisionsFilter;
  participationRows: ParticipationRow[] | null;
  /** Who enters ballots on this laptop (kept while the app runs: the secretary types it once). */
  ballotEnteredBy: string;
  setBallotEnteredBy(name: string): void;
  setDecisionsFilter(patch: Partial<DecisionsFilter>): Promise<void>;
  loadDecisions(): Promise<void>;
  loadDecisionBodies(): Promise<void>;
  loadDecision(id: string): Promise<void>;
  loadParticipation(input: Parameters<DecisionsPort['participation']>[0]): Promise<void>;
  /** Runs a mutation of the decision shown, then reloads it (and the list). */
  decide<T>(call: (port: DecisionsPort) => Promise<Result<T>>): Promise<Result<T>>;
  /** Records a ballot: the result on screen moves at once, then the core's answer replaces it. */
  castBallot(input: Parameters<DecisionsPort['castBallot']>[0]): Promise<Result<BallotRow>>;
}

export const createDecisionsSlice: Slice<DecisionsSlice> = (set, get) => {
  const port = decisionsPort;
  const setVote = (vote: VoteDetail) => {
    const d = get().decision;
    if (d && d.vote?.id === vote.id) set({ decision: { ...d, vote } });
  };
  return {
    decisionList: null,
    decisionBodies: null,
    decision: null,
    decisionsFilter: { bodyId: null, status: null, groupBy: 'body' },
    participationRows: null,
    ballotEnteredBy: '',
    setBallotEnteredBy(name) {
      set({ ballotEnteredBy: name });
    },
    async setDecisionsFilter(patch) {
      set({ decisionsFilter: { ...get().decisionsFilter, ...patch } });
      await get().loadDecisions();
    },
    async loadDecisions() {
      const { bodyId, status } = get().decisionsFilter;
      const res = await get().run(port.list({ ...(bodyId ? { bodyId } : {}), ...(status ? { status } : {}) }), NS);
      if (res.ok) set({ decisionList: res.value });
    },
    async loadDecisionBodies() {
      const res = await get().run(invoke('bodies.list', {}), NS);
      if (res.ok) set({ decisionBodies: res.value });
    },
    async loadDecision(id) {
      const res = await get().run(port.get(id), NS);
      set({ decision: res.ok ? res.value : null });
    },
    async loadParticipation(input) {
      const res = await get().run(port.participation(input), NS);
      set({ participationRows: res.ok ? res.value : [] });
    },
    async decide(call) {
      const res = await get().run(call(port), NS);
      const id = get().decision?.id;
      if (res.ok && id) await get().loadDecision(id);
      return res;
    },
    async castBallot(input) {
      const before = get().decision?.vote;
      // Optimistic: the ballot counts on screen at once; a refusal puts the vote back as it was.
      if (before && before.id === input.voteId) {
        const row = { ...input.ballot, id: `pending-${before.ballots.length}`, at: new Date().toISOString(), enteredBy: input.enteredBy, how: input.how } as BallotRow;
        setVote({ ...before, ballots: [...before.ballots, row] });
      }
      const res = await get().run(port.castBallot(input), NS);
      const now = get().decision?.vote;
      if (now && before && now.id === input.voteId) {
        setVote(res.ok ? { ...now, ballots: [...before.ballots, res.value] } : before);
      }
      return res;
    },
  };
};
