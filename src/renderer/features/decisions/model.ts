import type { ConsensusEvent, ConsensusState, Designation } from '../../../shared/domain/decisions/consensus';
import type { Elector, Proxy } from '../../../shared/domain/decisions/electorate';
import type { NoObjectionCall } from '../../../shared/domain/decisions/noObjection';
import type { VoteRules } from '../../../shared/domain/decisions/rules';
import type { Ballot, EntryMethod } from '../../../shared/domain/decisions/tally';
import type { VoteStatus } from '../../../shared/domain/decisions/ballots';
import type { Result } from '../../../shared/errors';

// What the Decisions screens read and ask for. The shapes follow the pure rules of
// shared/domain/decisions (the core stores their events and inputs); the port below is the one place
// that talks to the core, so aligning with the decisions contract (branch decisions-core) touches it only.

export const DECISION_STATUSES = ['consensus', 'no_objection', 'voting', 'adopted', 'rejected', 'annulled'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface DecisionSummary {
  id: string;
  title: string;
  bodyId: string;
  bodyName: string;
  meetingId: string | null;
  meetingTitle: string | null;
  /** The meeting's start (UTC), for sorting and showing. */
  meetingStartsAt: string | null;
  itemTitle: string | null;
  status: DecisionStatus;
  updatedAt: string;
}

export interface Person {
  id: string;
  name: string;
}

/** One voter as the vote panel shows it: the tally's elector, with the reason of a recusal. */
export interface VoterRow extends Elector {
  label: string;
  /** Why recused / inactive (typed by hand, or from participation). */
  reason?: string | null;
}

/** A ballot as stored: the tally's ballot, with when and by whom it was entered. */
export type BallotRow = Ballot & { id: string; at: string; enteredBy: string; how: EntryMethod };

export interface VoteDetail {
  id: string;
  status: VoteStatus;
  rules: VoteRules;
  /** Which preset the rules started from. */
  preset: 'lacralo' | 'alac' | 'custom';
  electors: VoterRow[];
  proxies: Proxy[];
  ballots: BallotRow[];
  opensAt: string | null;
  closesAt: string | null;
  /** Set once a vote without quorum has been extended (no quorum needed at its close). */
  extendedFrom: string | null;
  annulled: { at: string; reason: string } | null;
}

export interface DecisionDetail extends DecisionSummary {
  proposal: string;
  proposedBy: string | null;
  /** Members of the body (consensus holders, objectors). */
  members: Person[];
  consensusEvents: ConsensusEvent[];
  noObjection: NoObjectionCall | null;
  /** The close of the call, once recorded: adopted or to a vote. */
  noObjectionClosed: 'adopted' | 'to_vote' | null;
  vote: VoteDetail | null;
}

export interface ParticipationRow {
  id: string;
  name: string;
  country: string | null;
  expected: number;
  attended: number;
  consecutiveMisses: number;
  standing: 'active' | 'inactive';
}

export interface CalculationExport {
  filename: string;
  mime: string;
  content: string;
}

/** Everything the screens ask of the core. */
export interface DecisionsPort {
  list(filter: { bodyId?: string; status?: DecisionStatus }): Promise<Result<DecisionSummary[]>>;
  get(id: string): Promise<Result<DecisionDetail>>;
  create(input: { bodyId: string; title: string; proposal: string; proposedBy?: string; meetingId?: string; itemId?: string }): Promise<Result<DecisionSummary>>;
  consensus(input: { decisionId: string; event: ConsensusEvent }): Promise<Result<ConsensusState>>;
  openNoObjection(input: { decisionId: string; days: number }): Promise<Result<NoObjectionCall>>;
  object(input: { decisionId: string; by: string; text?: string }): Promise<Result<NoObjectionCall>>;
  support(input: { decisionId: string; by: string }): Promise<Result<NoObjectionCall>>;
  closeNoObjection(input: { decisionId: string }): Promise<Result<{ outcome: 'adopted' | 'to_vote' }>>;
  setupVote(input: { decisionId: string; preset: VoteDetail['preset']; rules: VoteRules }): Promise<Result<VoteDetail>>;
  recuse(input: { voteId: string; voterId: string; recused: boolean; reason?: string }): Promise<Result<VoteDetail>>;
  proxy(input: { voteId: string; from: string; to: string | null }): Promise<Result<VoteDetail>>;
  openVote(input: { voteId: string }): Promise<Result<VoteDetail>>;
  castBallot(input: { voteId: string; ballot: Ballot; enteredBy: string; how: EntryMethod }): Promise<Result<BallotRow>>;
  closeVote(input: { voteId: string }): Promise<Result<VoteDetail>>;
  extendVote(input: { voteId: string }): Promise<Result<VoteDetail>>;
  annulVote(input: { voteId: string; reason: string }): Promise<Result<VoteDetail>>;
  exportCalculation(input: { voteId: string; language: string }): Promise<Result<CalculationExport>>;
  participation(input: { bodyId: string; from?: string; to?: string }): Promise<Result<ParticipationRow[]>>;
}

export type { Designation };
