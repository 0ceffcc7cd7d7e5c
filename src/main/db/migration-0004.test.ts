import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './connection';
import { MIGRATIONS } from './migrations';

// 0004: the live session's tables and the rules SQLite holds itself.

const T = '2018-03-10T19:15:00.000Z';

function db() {
  const d = new BetterSqlite3(':memory:');
  d.pragma('foreign_keys = ON');
  migrate(d, MIGRATIONS.slice(0, 4));
  d.prepare("INSERT INTO bodies (id, name, short_name, kind, created_at, updated_at) VALUES ('b', 'ALAC', 'ALAC', 'alac', ?, ?)").run(T, T);
  d.prepare("INSERT INTO meetings (id, body_id, title, kind, starts_at, ends_at, time_zone, created_at, updated_at) VALUES ('m', 'b', 'San Juan', 'face_to_face', ?, '2018-03-10T20:45:00.000Z', 'UTC', ?, ?)").run(T, T, T);
  d.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('i', 'm', 0, 'Welcome', 'information', ?, ?)").run(T, T);
  for (const id of ['a', 'b2', 'c']) d.prepare("INSERT INTO members (id, name, email, country, created_at, updated_at) VALUES (?, ?, ?, 'AR', ?, ?)").run(id, id, `${id}@example.org`, T, T);
  return d;
}

describe('migration 0004 (live session)', () => {
  it('adds item states, deferral links and the reopen reason with safe defaults', () => {
    const d = db();
    expect(d.prepare("SELECT state, backlog, deferred_to_item_id, deferral_reason, deferred_from_id FROM agenda_items WHERE id = 'i'").get()).toEqual({
      state: 'pending',
      backlog: 0,
      deferred_to_item_id: null,
      deferral_reason: null,
      deferred_from_id: null,
    });
    expect(() => d.prepare("UPDATE agenda_items SET state = 'skipped' WHERE id = 'i'").run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE agenda_items SET deferred_to_item_id = 'nowhere' WHERE id = 'i'").run()).toThrow(/FOREIGN KEY/);
    expect(d.prepare("SELECT reopen_reason FROM meetings WHERE id = 'm'").get()).toEqual({ reopen_reason: null });
    expect(d.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps at most one open timer run per meeting, one attendance line per member, one proxy held', () => {
    const d = db();
    const run = d.prepare("INSERT INTO timer_runs (id, meeting_id, item_id, started_at, ended_at, created_at, updated_at) VALUES (?, 'm', 'i', ?, ?, ?, ?)");
    run.run('r1', T, null, T, T);
    expect(() => run.run('r2', T, null, T, T)).toThrow(/UNIQUE/);
    expect(() => run.run('r3', T, '2018-03-10T19:00:00.000Z', T, T)).toThrow(/CHECK/);
    run.run('r4', T, '2018-03-10T19:20:00.000Z', T, T);
    const att = d.prepare("INSERT INTO attendance (id, meeting_id, member_id, status, proxy_holder_id, created_at, updated_at) VALUES (?, 'm', ?, ?, ?, ?, ?)");
    att.run('t1', 'a', 'present', null, T, T);
    expect(() => att.run('t2', 'a', 'remote', null, T, T)).toThrow(/UNIQUE/);
    att.run('t3', 'b2', 'absent', 'a', T, T);
    expect(() => att.run('t4', 'c', 'absent', 'a', T, T)).toThrow(/UNIQUE/);
    expect(() => d.prepare("UPDATE attendance SET proxy_holder_id = 'a' WHERE id = 't1'").run()).toThrow(/CHECK/);
    expect(() => att.run('t5', 'c', 'late', null, T, T)).toThrow(/CHECK/);
  });

  it('indexes notes and decisions in full text, accents ignored, kept by triggers', () => {
    const d = db();
    d.prepare("INSERT INTO agenda_notes (id, meeting_id, item_id, text, created_at, updated_at) VALUES ('n', 'm', 'i', 'Réunion ouverte', ?, ?)").run(T, T);
    const match = (q: string) => d.prepare('SELECT count(*) FROM agenda_notes_fts WHERE agenda_notes_fts MATCH ?').pluck().get(q);
    expect(match('reunion')).toBe(1);
    d.prepare("UPDATE agenda_notes SET text = 'Séance levée' WHERE id = 'n'").run();
    expect([match('reunion'), match('seance')]).toEqual([0, 1]);
    d.prepare("DELETE FROM agenda_notes WHERE id = 'n'").run();
    expect(match('seance')).toBe(0);
    d.prepare("INSERT INTO decisions (id, meeting_id, item_id, text, created_at, updated_at) VALUES ('d', 'm', 'i', 'Élections reportées', ?, ?)").run(T, T);
    expect(d.prepare("SELECT count(*) FROM decisions_fts WHERE decisions_fts MATCH 'elections'").pluck().get()).toBe(1);
  });
});
