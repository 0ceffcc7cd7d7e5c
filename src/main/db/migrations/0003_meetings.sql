-- Meetings of a body and their agendas (one level of sub-items, held by the core).
-- Times are UTC instants (ISO 8601, 'Z'); the meeting carries its IANA zone for display and input.
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  body_id TEXT NOT NULL REFERENCES bodies (id),
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('call', 'face_to_face', 'hybrid')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  location TEXT,
  interpretation_languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interpretation_languages)),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'closed')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (ends_at > starts_at)
) STRICT;
CREATE INDEX meetings_body_start ON meetings (body_id, starts_at);

CREATE TABLE agenda_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id),
  parent_id TEXT REFERENCES agenda_items (id),
  position INTEGER NOT NULL CHECK (position >= 0),
  title TEXT NOT NULL,
  presenter TEXT,
  presenter_member_id TEXT REFERENCES members (id),
  planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
  kind TEXT NOT NULL CHECK (kind IN ('information', 'discussion', 'decision')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX agenda_items_parent ON agenda_items (parent_id);
CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, parent_id, position);
