import { z } from 'zod';
import { channel } from '../../channel';
import { id, isoDate, isoInstant, LANGUAGES, optionalText, text, type RowMeta } from '../common';
import { countryCode } from '../common';
import type { ElectorStatus } from './electorate';
import type { ConsensusPhase, ConsensusState, Designation } from './consensus';
import { DESIGNATIONS } from './consensus';
import type { NoObjectionState, NoObjectionStatus } from './noObjection';
import type { ParticipationIndicators, ParticipationRule, Standing } from './participation';
import { participationRule } from './participation';
import type { VoteStatus } from './ballots';
import { voteRules, type VoteRules } from './rules';
import { ENTRY_METHODS, type EntryMethod, type TallyResult } from './tally';

// Decisions (issue 4): how a decision was reached. A proposal on an agenda item is first taken by
// consensus (the chair's designation on the GNSO scale, revisions, challenges, minority views); a
// no-objection call (ALAC Rule 15.3) may put it to the members for some days; when consensus fails or
// someone objects, a fallback vote decides, under the body's rules (rules.ts) with the country cap,
// proxies, recusals and the participation standing on the vote's date. The rules themselves are pure
// code in this folder; the core stores what happened and calls them, so the live result, the minutes
// and the exported calculation all come from `tally()`.
//
// Decisions captured during the live session (`decisions.capture`) are the same rows, with status
// `recorded` (taken without a recorded process).

/**
 * `recorded`: captured in the session, no process recorded; `open`: proposed, consensus being sought;
 * `no_objection`: a no-objection call is running; `to_vote`: consensus failed or an objection was
 * raised, a vote is needed; `voting`: a vote is being prepared or is open; `adopted` / `rejected`.
 */
export const DECISION_STATUSES = ['recorded', 'open', 'no_objection', 'to_vote', 'voting', 'adopted', 'rejected'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** How the decision was finally reached (null while it is not). */
export const DECISION_ROUTES = ['recorded', 'consensus', 'no_objection', 'vote'] as const;
export type DecisionRoute = (typeof DECISION_ROUTES)[number];

export interface DecisionSummary extends RowMeta {
  meetingId: string;
  meetingTitle: string;
  /** Meeting start (UTC instant) and zone, to show the date. */
  meetingStartsAt: string;
  timeZone: string;
  itemId: string;
  itemTitle: string;
  bodyId: string;
  bodyName: string;
  text: string;
  proposerId: string | null;
  proposerName: string | null;
  status: DecisionStatus;
  route: DecisionRoute | null;
  /** The current consensus designation, if any. */
  designation: Designation | null;
}

/** A recusal on a question (conflict of interest): applies to every vote on it and to the speaker queue of its item. */
export interface Recusal extends RowMeta {
  decisionId: string;
  /** The member recused (null when a whole ALS is). */
  memberId: string | null;
  /** The ALS recused (votes by ALS); a member of a recused ALS is refused in the speaker queue too. */
  alsId: string | null;
  name: string;
  reason: string;
}

export interface NoObjectionView extends RowMeta {
  decisionId: string;
  openedAt: string;
  days: number;
  closesAt: string;
  /** Where the call stands now (open until the deadline; adopted / to_vote after). */
  state: NoObjectionState;
  reason: NoObjectionStatus['reason'];
  /** Set once `noObjection.close` recorded the outcome. */
  closedAt: string | null;
  outcome: 'adopted' | 'to_vote' | null;
  objections: { memberId: string; name: string; at: string; text: string | null }[];
  supports: { memberId: string; name: string; at: string }[];
  /** The members of the body who take part (voting role holders on the opening date). */
  members: number;
}

/** One elector of a vote with its standing (recused ones carry the reason). */
export interface ElectorView {
  /** Member id (rules.voters = members) or ALS id (rules.voters = als). */
  id: string;
  label: string;
  country: string | null;
  status: ElectorStatus;
  /** Why: the recusal's reason, or `inactive_since` date, or the accreditation status. */
  note: string | null;
  /** Has a ballot recorded in this round (in person or through its proxy). */
  voted: boolean;
  /** Who holds its proxy (elector id), if it gave one. */
  proxyHolderId: string | null;
}

export interface ProxyView extends RowMeta {
  voteId: string;
  giverId: string;
  giverName: string;
  holderId: string;
  holderName: string;
  noticeAt: string;
}

export interface BallotView extends RowMeta {
  voteId: string;
  kind: 'individual' | 'aggregate';
  /** Elector (individual) or null (aggregate). */
  voterId: string | null;
  voterName: string | null;
  /** The proxy holder who cast it (null in person). */
  castBy: string | null;
  /** Hidden (null) on a secret vote until it is closed. */
  choice: string | null;
  /** Aggregate counts per side / option (hidden on a secret vote until closed). */
  counts: Record<string, number> | null;
  country: string | null;
  enteredBy: string | null;
  how: EntryMethod;
}

export interface VoteView extends RowMeta {
  decisionId: string;
  /** 1, or 2+ for a second ballot after a tie. */
  round: number;
  /** The vote whose tie this second ballot breaks. */
  previousVoteId: string | null;
  /** On a second ballot of a choice vote: the options still in the running. */
  runoff: string[] | null;
  rules: VoteRules;
  status: VoteStatus;
  /** The date whose directory, standing and accreditation make the electorate (YYYY-MM-DD). */
  electorateDate: string;
  opensAt: string;
  closesAt: string | null;
  /** Original close, once extended (LACRALO 11.2: once, then no quorum). */
  extendedFrom: string | null;
  openedAt: string | null;
  closedAt: string | null;
  /** Seed of the draw, stored at close when the rules called for one. */
  seed: string | null;
  castingVote: { by: string; byName: string; choice: string } | null;
  annulledAt: string | null;
  annulReason: string | null;
  electors: ElectorView[];
  proxies: ProxyView[];
  ballots: BallotView[];
  /** How many electors (or counted votes) took part so far: always shown, even on a secret vote. */
  participants: number;
  /** The tally (live on a roll-call vote; only after close on a secret one); null when hidden. */
  result: TallyResult | null;
}

export interface DecisionDetail extends DecisionSummary {
  consensus: ConsensusState & { phase: ConsensusPhase };
  noObjection: NoObjectionView | null;
  recusals: Recusal[];
  /** Every vote on the question, oldest first (second ballots and annulled ones included). */
  votes: VoteView[];
  /** Names of the members / ALSs whose ids appear above (designations, challenges, minority views). */
  names: Record<string, string>;
}

export interface ParticipationLine extends ParticipationIndicators {
  name: string;
  country: string | null;
  /** The ALS of a member (null for ALS lines). */
  alsId: string | null;
  /** Standing on `to` (or today) under the body's rule. */
  standing: Standing;
}

export interface ParticipationReport {
  bodyId: string;
  from: string | null;
  to: string;
  rule: ParticipationRule;
  members: ParticipationLine[];
  als: ParticipationLine[];
  /** The chart: per country, ALSs and meetings attended out of expected. */
  countries: { country: string; subjects: number; expected: number; attended: number; rate: number | null; active: number }[];
}

export interface BodyDecisionSettings {
  bodyId: string;
  /** Default rules copied into a new vote (the chair may adjust them per vote). */
  voteRules: VoteRules;
  participationRule: ParticipationRule;
}

const decisionRef = z.strictObject({ decisionId: id });
const voteRef = z.strictObject({ voteId: id });
/** A choice: 'for' | 'against' | 'abstain' or an option id. */
const choice = z.string().trim().min(1).max(64);
const by = id.optional();

export const decisionsChannels = {
  /** Decisions, newest meeting first; any filter may be left out. */
  'decisions.list': channel<DecisionSummary[]>()(
    z.strictObject({ meetingId: id.optional(), bodyId: id.optional(), status: z.enum(DECISION_STATUSES).optional() }),
  ),
  /** Everything about one decision: consensus process, no-objection call, recusals, votes with results. */
  'decisions.get': channel<DecisionDetail>()(z.strictObject({ id })),
  /**
   * Proposes a decision on an agenda item (default: the meeting's current item). It starts `open`,
   * consensus first. `proposerId`: a member.
   */
  'decisions.propose': channel<DecisionDetail>()(
    z.strictObject({ meetingId: id, itemId: id.optional(), text: text(4000), proposerId: id.nullable().optional() }),
  ),
  /** Edits the text or proposer while nothing was decided (status open / to_vote). */
  'decisions.update': channel<DecisionDetail>()(z.strictObject({ id, text: text(4000).optional(), proposerId: id.nullable().optional() })),
  /**
   * Records a conflict of interest on this question: `memberId` or `alsId` (exactly one). The recused
   * one is not eligible on any vote of the question, leaves its quorum, is listed as recused, and is
   * refused in the speaker queue of the item. Refused once that one has voted on an open vote.
   */
  'decisions.recuse': channel<DecisionDetail>()(
    z
      .strictObject({ decisionId: id, memberId: id.optional(), alsId: id.optional(), reason: text(1000) })
      .refine((v) => (v.memberId === undefined) !== (v.alsId === undefined), { message: 'Give memberId or alsId', path: ['memberId'], params: { code: 'required' } }),
  ),

  /** The chair's estimate of the level of consensus (GNSO scale). `by`: the chair (member id). */
  'consensus.estimate': channel<DecisionDetail>()(z.strictObject({ decisionId: id, designation: z.enum(DESIGNATIONS), by })),
  /** A round of revision: the new designation, when (default now), and what changed. */
  'consensus.revise': channel<DecisionDetail>()(
    z.strictObject({ decisionId: id, designation: z.enum(DESIGNATIONS), changed: text(2000), date: isoInstant.optional(), by }),
  ),
  /**
   * Accepts the designation: full consensus / consensus adopt the decision; the other two send it
   * `to_vote`.
   */
  'consensus.accept': channel<DecisionDetail>()(z.strictObject({ decisionId: id, by })),
  /** A member challenges the designation: to the chair first, then to the liaison. */
  'consensus.challenge': channel<DecisionDetail>()(
    z.strictObject({ decisionId: id, to: z.enum(['chair', 'liaison']), text: text(4000), by: id }),
  ),
  /** The outcome of the open challenge: maintained, or revised to `designation`. */
  'consensus.resolveChallenge': channel<DecisionDetail>()(
    z.strictObject({
      decisionId: id,
      outcome: z.enum(['maintained', 'revised']),
      designation: z.enum(DESIGNATIONS).optional(),
      note: optionalText(4000),
      by,
    }),
  ),
  /** A minority view in its authors' own words, with who holds it (members). */
  'minority.add': channel<DecisionDetail>()(z.strictObject({ decisionId: id, holderIds: z.array(id).min(1).max(500), text: text(20_000) })),

  /** Opens a no-objection call on the decision for `days` (default 7) from now. */
  'noObjection.open': channel<DecisionDetail>()(z.strictObject({ decisionId: id, days: z.int().min(1).max(90).optional() })),
  /** A member's formal objection (before the deadline, once). */
  'noObjection.object': channel<DecisionDetail>()(z.strictObject({ decisionId: id, memberId: id, text: optionalText(4000) })),
  /** A member's formal support (when every member supports, the call is adopted early). */
  'noObjection.support': channel<DecisionDetail>()(z.strictObject({ decisionId: id, memberId: id })),
  /**
   * Closes the call: adopted without objection (after the deadline, or once all supported), or
   * `to_vote` with objections (at any time). Refused with `objection_call_running` before the deadline
   * when there is no objection and not everyone supported.
   */
  'noObjection.close': channel<DecisionDetail>()(decisionRef),

  /**
   * Prepares a vote (status draft): the rules (a copy of the body's default when left out), when it
   * opens and closes. The electorate is the directory on `opensAt`'s date (ALS accreditation, role
   * holders, countries), the participation standing, the recusals and the proxies. Proxies are notified
   * while it is a draft.
   */
  'votes.create': channel<VoteView>()(
    z.strictObject({ decisionId: id, rules: voteRules.optional(), opensAt: isoInstant.optional(), closesAt: isoInstant.nullable().optional() }),
  ),
  /**
   * Changes a draft vote's rules and / or period (refused with `vote_not_draft` once it is open). The
   * electorate is re-read from the new rules: proxies that no longer stand (proxies not allowed, or
   * an elector of the other kind) are withdrawn.
   */
  'votes.update': channel<VoteView>()(
    z.strictObject({ voteId: id, rules: voteRules.optional(), opensAt: isoInstant.optional(), closesAt: isoInstant.nullable().optional() }),
  ),
  /** Opens the vote (ballots accepted from now); the electorate is fixed at this point. */
  'votes.open': channel<VoteView>()(voteRef),
  /** Everything about one vote (secret choices hidden until close). */
  'votes.get': channel<VoteView>()(voteRef),
  /** `giverId` votes through `holderId`, notified at `noticeAt` (default now); only while a draft. */
  'votes.proxy': channel<VoteView>()(z.strictObject({ voteId: id, giverId: id, holderId: id, noticeAt: isoInstant.optional() })),
  /** Withdraws a proxy (draft only). */
  'votes.removeProxy': channel<VoteView>()(z.strictObject({ voteId: id, proxyId: id })),
  /**
   * Records one ballot: `voterId` is the elector (member or ALS id); `castBy` the proxy holder when
   * cast through a proxy; `how`: voter (on the laptop), show_of_hands / phone / secretary (entered by
   * `enteredBy`). Returns the vote with the updated result.
   */
  'votes.cast': channel<VoteView>()(
    z.strictObject({
      voteId: id,
      voterId: id,
      choice,
      castBy: id.nullable().optional(),
      how: z.enum(ENTRY_METHODS).optional(),
      enteredBy: id.optional(),
    }),
  ),
  /** Votes counted elsewhere, as totals per side or option (e.g. 70 for / 30 against), with who entered them and how. */
  'votes.aggregate': channel<VoteView>()(
    z.strictObject({
      voteId: id,
      counts: z.record(choice, z.int().min(0).max(1_000_000)),
      country: countryCode.nullable().optional(),
      enteredBy: id,
      how: z.enum(ENTRY_METHODS),
    }),
  ),
  /**
   * Closes the vote and fixes its result. A tie under `second_ballot_then_draw` on round 2+: a draw
   * seed is generated and stored. Under `chair_casting_vote`, a tie needs `castingVote` from the
   * body's chair (`casting_vote_not_chair` otherwise, `casting_vote_required` when missing, `no_tie`
   * when there is no tie).
   */
  'votes.close': channel<VoteView>()(z.strictObject({ voteId: id, castingVote: z.strictObject({ by: id, choice }).optional() })),
  /** After a tie (round 1, second ballot rule): a new vote among the tied choices, same electorate and proxies, opened now. */
  'votes.secondBallot': channel<VoteView>()(voteRef),
  /** An open vote that misses quorum: once, by its original period; after that no quorum is needed. */
  'votes.extend': channel<VoteView>()(voteRef),
  /** A vote (open or closed) is annulled with a reason; nothing else may change a closed vote. */
  'votes.annul': channel<VoteView>()(z.strictObject({ voteId: id, reason: text(2000) })),
  /** The tally now (null while hidden: a secret vote before close). */
  'votes.result': channel<TallyResult | null>()(voteRef),
  /**
   * The calculation as CSV (UTF-8, comma separated, header line `step,code,text,params`), steps
   * translated in `lang`: anyone can check it. Refused while the result is hidden.
   */
  'votes.exportCalculation': channel<{ fileName: string; csv: string }>()(z.strictObject({ voteId: id, lang: z.enum(LANGUAGES) })),

  /** Per member and per ALS of the body: attended / expected, misses, standing on `to`; per country for the chart. */
  'participation.report': channel<ParticipationReport>()(z.strictObject({ bodyId: id, from: isoDate.optional(), to: isoDate.optional() })),
  /** The body's default vote rules and participation rule. */
  'decisions.settings': channel<BodyDecisionSettings>()(z.strictObject({ bodyId: id })),
  /** Changes the body's default vote rules and / or participation rule. */
  'decisions.saveSettings': channel<BodyDecisionSettings>()(
    z.strictObject({ bodyId: id, voteRules: voteRules.optional(), participationRule: participationRule.optional() }),
  ),
};
