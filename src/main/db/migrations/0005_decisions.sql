-- Decisions (issue 4): how a decision was reached. The decisions captured in the live session (0004)
-- are the same rows: they gain a status, a route and a proposer. Consensus designations are stored as
-- the events the pure reducer replays (src/shared/domain/decisions/consensus.ts); votes keep their
-- rules as JSON (rules.ts), the electorate fixed when they open, and their ballots; the result is
-- recomputed by tally() and stored at close. Member and ALS ids in votes are electors (voters =
-- members or als), so they carry no foreign key.

-- recorded: captured in the session without a recorded process; open: consensus sought;
-- no_objection: a call runs; to_vote: a vote is needed; voting: a vote is prepared or open.
ALTER TABLE decisions ADD COLUMN status TEXT NOT NULL DEFAULT 'recorded'
  CHECK (status IN ('recorded', 'open', 'no_objection', 'to_vote', 'voting', 'adopted', 'rejected'));
ALTER TABLE decisions ADD COLUMN route TEXT CHECK (route IS NULL OR route IN ('recorded', 'consensus', 'no_objection', 'vote'));
ALTER TABLE decisions ADD COLUMN proposer_id TEXT REFERENCES members (id);
ALTER TABLE decisions ADD COLUMN decided_at TEXT;
CREATE INDEX decisions_status ON decisions (status, created_at);
CREATE INDEX decisions_item ON decisions (item_id);

-- A body's defaults: the vote rules copied into a new vote, and who keeps the vote (participation).
ALTER TABLE bodies ADD COLUMN vote_rules TEXT CHECK (vote_rules IS NULL OR json_valid(vote_rules));
ALTER TABLE bodies ADD COLUMN participation_rule TEXT CHECK (participation_rule IS NULL OR json_valid(participation_rule));

-- The consensus process as events (estimate, revise, accept, challenge, decide_challenge, minority_view).
CREATE TABLE consensus_events (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decisions (id),
  type TEXT NOT NULL CHECK (type IN ('estimate', 'revise', 'accept', 'challenge', 'decide_challenge', 'minority_view')),
  event TEXT NOT NULL CHECK (json_valid(event)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX consensus_events_decision ON consensus_events (decision_id, created_at, id);

-- A no-objection call (ALAC Rule 15.3); `members` are the body's voting members when it opened.
CREATE TABLE no_objection_calls (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decisions (id),
  opened_at TEXT NOT NULL,
  days INTEGER NOT NULL CHECK (days >= 1),
  members TEXT NOT NULL CHECK (json_valid(members)),
  closed_at TEXT,
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('adopted', 'to_vote')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((closed_at IS NULL) = (outcome IS NULL))
) STRICT;
CREATE UNIQUE INDEX no_objection_calls_running ON no_objection_calls (decision_id) WHERE closed_at IS NULL AND deleted_at IS NULL;

CREATE TABLE no_objection_responses (
  id TEXT PRIMARY KEY,
  call_id TEXT NOT NULL REFERENCES no_objection_calls (id),
  member_id TEXT NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('objection', 'support')),
  text TEXT,
  at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX no_objection_responses_once ON no_objection_responses (call_id, member_id, kind) WHERE deleted_at IS NULL;

-- A conflict of interest on a question: a member, or a whole ALS.
CREATE TABLE recusals (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decisions (id),
  member_id TEXT REFERENCES members (id),
  als_id TEXT REFERENCES als (id),
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((member_id IS NULL) <> (als_id IS NULL))
) STRICT;
CREATE INDEX recusals_decision ON recusals (decision_id);
CREATE INDEX recusals_member ON recusals (member_id);
CREATE INDEX recusals_als ON recusals (als_id);

CREATE TABLE votes (
  id TEXT PRIMARY KEY,
  decision_id TEXT NOT NULL REFERENCES decisions (id),
  round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
  previous_vote_id TEXT REFERENCES votes (id),
  runoff TEXT CHECK (runoff IS NULL OR json_valid(runoff)),
  rules TEXT NOT NULL CHECK (json_valid(rules)),
  status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed', 'annulled')),
  electorate_date TEXT NOT NULL,
  opens_at TEXT NOT NULL,
  closes_at TEXT,
  extended_from TEXT,
  opened_at TEXT,
  closed_at TEXT,
  -- Electors fixed at opening (id, label, country, status, note); recusals are laid over them.
  electorate TEXT CHECK (electorate IS NULL OR json_valid(electorate)),
  seed TEXT,
  casting_vote TEXT CHECK (casting_vote IS NULL OR json_valid(casting_vote)),
  -- The TallyResult fixed at close.
  result TEXT CHECK (result IS NULL OR json_valid(result)),
  annulled_at TEXT,
  annul_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (closes_at IS NULL OR closes_at > opens_at),
  CHECK ((status = 'annulled') = (annul_reason IS NOT NULL))
) STRICT;
CREATE INDEX votes_decision ON votes (decision_id, round);

-- Proxies notified before the vote opened, in the order notified.
CREATE TABLE vote_proxies (
  id TEXT PRIMARY KEY,
  vote_id TEXT NOT NULL REFERENCES votes (id),
  giver_id TEXT NOT NULL,
  holder_id TEXT NOT NULL,
  notice_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (giver_id <> holder_id)
) STRICT;
CREATE UNIQUE INDEX vote_proxies_giver ON vote_proxies (vote_id, giver_id) WHERE deleted_at IS NULL;

-- One line per individual ballot (one per voter and vote), or a count entered as totals.
CREATE TABLE ballots (
  id TEXT PRIMARY KEY,
  vote_id TEXT NOT NULL REFERENCES votes (id),
  kind TEXT NOT NULL CHECK (kind IN ('individual', 'aggregate')),
  voter_id TEXT,
  cast_by TEXT,
  choice TEXT,
  counts TEXT CHECK (counts IS NULL OR json_valid(counts)),
  country TEXT,
  entered_by TEXT REFERENCES members (id),
  how TEXT NOT NULL CHECK (how IN ('voter', 'secretary', 'show_of_hands', 'phone', 'remote_count', 'online', 'other')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((kind = 'individual') = (voter_id IS NOT NULL AND choice IS NOT NULL AND counts IS NULL)),
  CHECK ((kind = 'aggregate') = (voter_id IS NULL AND counts IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX ballots_once ON ballots (vote_id, voter_id) WHERE voter_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX ballots_vote ON ballots (vote_id, created_at);
