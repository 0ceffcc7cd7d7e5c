-- The live session: the run of a meeting from the laptop. Times are UTC instants from the main
-- process's clock, so a reload or a crash resumes with the right elapsed times.

-- Reopening a closed meeting is explicit and journaled with its reason.
ALTER TABLE meetings ADD COLUMN reopen_reason TEXT;

-- Agenda items run through pending -> current -> done, or go to a later meeting (deferred). A
-- deferred item's copy lands in the target meeting's backlog (backlog = 1, off its agenda) with a
-- link back (deferred_from_id) until `agenda.schedule` places it at the end of that agenda.
ALTER TABLE agenda_items ADD COLUMN state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'current', 'done', 'deferred'));
ALTER TABLE agenda_items ADD COLUMN backlog INTEGER NOT NULL DEFAULT 0 CHECK (backlog IN (0, 1));
ALTER TABLE agenda_items ADD COLUMN deferred_to_item_id TEXT REFERENCES agenda_items (id);
ALTER TABLE agenda_items ADD COLUMN deferral_reason TEXT;
ALTER TABLE agenda_items ADD COLUMN deferred_from_id TEXT REFERENCES agenda_items (id);
CREATE INDEX agenda_items_deferred_from ON agenda_items (deferred_from_id);

-- One session per meeting. `paused` is not stored: the session is paused when its current item has
-- no open timer run.
CREATE TABLE live_sessions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  current_item_id TEXT REFERENCES agenda_items (id),
  speaker_limit_seconds INTEGER CHECK (speaker_limit_seconds IS NULL OR speaker_limit_seconds > 0),
  audible_warning INTEGER NOT NULL DEFAULT 0 CHECK (audible_warning IN (0, 1)),
  queue_policy TEXT NOT NULL DEFAULT 'none' CHECK (queue_policy IN ('none', 'not_spoken', 'sub_region', 'gender')),
  quorum_rule TEXT NOT NULL DEFAULT 'none' CHECK (quorum_rule IN ('none', 'majority_of_members', 'majority_of_accredited_als')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX live_sessions_meeting ON live_sessions (meeting_id) WHERE deleted_at IS NULL;

-- Stretches of running time on an item; ended_at NULL while it runs. At most one open run per meeting.
CREATE TABLE timer_runs (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  item_id TEXT NOT NULL REFERENCES agenda_items (id),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (ended_at IS NULL OR ended_at >= started_at)
) STRICT;
CREATE INDEX timer_runs_item ON timer_runs (item_id, started_at);
CREATE UNIQUE INDEX timer_runs_open ON timer_runs (meeting_id) WHERE ended_at IS NULL AND deleted_at IS NULL;

-- Who is there: one line per member and meeting. A late arrival has arrived_at, an early departure
-- left_at; proxy_holder_id is the member who holds this member's proxy (one held per member).
CREATE TABLE attendance (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  member_id TEXT NOT NULL REFERENCES members (id),
  status TEXT NOT NULL CHECK (status IN ('present', 'remote', 'apologies', 'absent')),
  arrived_at TEXT,
  left_at TEXT,
  proxy_holder_id TEXT REFERENCES members (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (proxy_holder_id IS NULL OR proxy_holder_id <> member_id)
) STRICT;
CREATE UNIQUE INDEX attendance_member ON attendance (meeting_id, member_id) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX attendance_proxy_held ON attendance (meeting_id, proxy_holder_id) WHERE proxy_holder_id IS NOT NULL AND deleted_at IS NULL;

-- Requests to speak on an item, and who spoke, when, for how long.
CREATE TABLE speakers (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  item_id TEXT NOT NULL REFERENCES agenda_items (id),
  member_id TEXT NOT NULL REFERENCES members (id),
  kind TEXT NOT NULL CHECK (kind IN ('normal', 'point_of_order', 'direct_reply')),
  status TEXT NOT NULL CHECK (status IN ('queued', 'speaking', 'done', 'removed')),
  position INTEGER NOT NULL CHECK (position >= 0),
  requested_at TEXT NOT NULL,
  started_at TEXT,
  ended_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX speakers_item ON speakers (item_id, status, position);
CREATE INDEX speakers_meeting ON speakers (meeting_id, status);

-- One note per agenda item, saved as the secretary types.
CREATE TABLE agenda_notes (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  item_id TEXT NOT NULL REFERENCES agenda_items (id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX agenda_notes_item ON agenda_notes (item_id) WHERE deleted_at IS NULL;

-- Decisions and action items captured during the session: the minimum later capabilities enrich.
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  item_id TEXT NOT NULL REFERENCES agenda_items (id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX decisions_meeting ON decisions (meeting_id, created_at);

CREATE TABLE action_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  item_id TEXT REFERENCES agenda_items (id),
  kind TEXT NOT NULL CHECK (kind IN ('action', 'deadline')),
  text TEXT NOT NULL,
  owner_member_id TEXT REFERENCES members (id),
  due_on TEXT,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX action_items_meeting ON action_items (meeting_id, created_at);
CREATE INDEX action_items_owner ON action_items (owner_member_id, done);

-- Full-text search over notes and decisions (accents and case ignored), kept by triggers.
CREATE VIRTUAL TABLE agenda_notes_fts USING fts5 (text, content = 'agenda_notes', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER agenda_notes_fts_insert AFTER INSERT ON agenda_notes BEGIN
  INSERT INTO agenda_notes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER agenda_notes_fts_delete AFTER DELETE ON agenda_notes BEGIN
  INSERT INTO agenda_notes_fts (agenda_notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER agenda_notes_fts_update AFTER UPDATE OF text ON agenda_notes BEGIN
  INSERT INTO agenda_notes_fts (agenda_notes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO agenda_notes_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE VIRTUAL TABLE decisions_fts USING fts5 (text, content = 'decisions', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER decisions_fts_insert AFTER INSERT ON decisions BEGIN
  INSERT INTO decisions_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER decisions_fts_delete AFTER DELETE ON decisions BEGIN
  INSERT INTO decisions_fts (decisions_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER decisions_fts_update AFTER UPDATE OF text ON decisions BEGIN
  INSERT INTO decisions_fts (decisions_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO decisions_fts (rowid, text) VALUES (new.rowid, new.text);
END;
