import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './connection';
import { MIGRATIONS } from './migrations';

// 0005: decisions. A database with captured decisions (0004) keeps them, as `recorded`; the rules SQLite
// holds itself (statuses, one running no-objection call, one ballot per voter, one proxy per giver).

const T = '2018-03-10T19:15:00.000Z';

function db() {
  const d = new BetterSqlite3(':memory:');
  d.pragma('foreign_keys = ON');
  migrate(d, MIGRATIONS.slice(0, 4));
  d.prepare("INSERT INTO bodies (id, name, short_name, kind, created_at, updated_at) VALUES ('b', 'LACRALO', 'LACRALO', 'ralo', ?, ?)").run(T, T);
  d.prepare("INSERT INTO meetings (id, body_id, title, kind, starts_at, ends_at, time_zone, created_at, updated_at) VALUES ('m', 'b', 'GA', 'call', ?, '2018-03-10T20:45:00.000Z', 'UTC', ?, ?)").run(T, T, T);
  d.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind, created_at, updated_at) VALUES ('i', 'm', 0, 'Vote', 'decision', ?, ?)").run(T, T);
  d.prepare("INSERT INTO members (id, name, email, country, created_at, updated_at) VALUES ('a', 'Ana', 'a@example.org', 'AR', ?, ?)").run(T, T);
  d.prepare("INSERT INTO decisions (id, meeting_id, item_id, text, created_at, updated_at) VALUES ('old', 'm', 'i', 'Captured before 0005', ?, ?)").run(T, T);
  migrate(d, MIGRATIONS.slice(4, 5));
  return d;
}

describe('migration 0005 (decisions)', () => {
  it('keeps captured decisions as recorded, with no route or proposer', () => {
    const d = db();
    expect(d.pragma('user_version', { simple: true })).toBe(5);
    expect(d.prepare("SELECT status, route, proposer_id, decided_at FROM decisions WHERE id = 'old'").get()).toEqual({ status: 'recorded', route: null, proposer_id: null, decided_at: null });
    expect(() => d.prepare("UPDATE decisions SET status = 'maybe' WHERE id = 'old'").run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE decisions SET proposer_id = 'nobody' WHERE id = 'old'").run()).toThrow(/FOREIGN KEY/);
    expect(() => d.prepare("UPDATE bodies SET vote_rules = 'not json' WHERE id = 'b'").run()).toThrow(/CHECK/);
    expect(d.pragma('foreign_key_check')).toEqual([]);
  });

  it('holds one running call per decision, one ballot per voter and vote, one proxy per giver, a recusal of one subject', () => {
    const d = db();
    const call = d.prepare("INSERT INTO no_objection_calls (id, decision_id, opened_at, days, members, closed_at, outcome, created_at, updated_at) VALUES (?, 'old', ?, 7, '[]', ?, ?, ?, ?)");
    call.run('c1', T, null, null, T, T);
    expect(() => call.run('c2', T, null, null, T, T)).toThrow(/UNIQUE/);
    expect(() => call.run('c3', T, T, null, T, T)).toThrow(/CHECK/);
    call.run('c4', T, T, 'to_vote', T, T);
    d.prepare("INSERT INTO votes (id, decision_id, rules, status, electorate_date, opens_at, created_at, updated_at) VALUES ('v', 'old', '{}', 'open', '2018-03-10', ?, ?, ?)").run(T, T, T);
    expect(() => d.prepare("UPDATE votes SET status = 'annulled' WHERE id = 'v'").run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE votes SET closes_at = ? WHERE id = 'v'").run(T)).toThrow(/CHECK/);
    const ballot = d.prepare("INSERT INTO ballots (id, vote_id, kind, voter_id, choice, counts, how, created_at, updated_at) VALUES (?, 'v', ?, ?, ?, ?, 'voter', ?, ?)");
    ballot.run('b1', 'individual', 'x', 'for', null, T, T);
    expect(() => ballot.run('b2', 'individual', 'x', 'against', null, T, T)).toThrow(/UNIQUE/);
    expect(() => ballot.run('b3', 'individual', 'y', null, null, T, T)).toThrow(/CHECK/);
    ballot.run('b4', 'aggregate', null, null, '{"for":70,"against":30}', T, T);
    expect(() => ballot.run('b5', 'aggregate', 'z', null, '{"for":1}', T, T)).toThrow(/CHECK/);
    const proxy = d.prepare("INSERT INTO vote_proxies (id, vote_id, giver_id, holder_id, notice_at, created_at, updated_at) VALUES (?, 'v', ?, ?, ?, ?, ?)");
    proxy.run('p1', 'x', 'y', T, T, T);
    expect(() => proxy.run('p2', 'x', 'z', T, T, T)).toThrow(/UNIQUE/);
    expect(() => proxy.run('p3', 'z', 'z', T, T, T)).toThrow(/CHECK/);
    const recusal = d.prepare("INSERT INTO recusals (id, decision_id, member_id, als_id, reason, created_at, updated_at) VALUES (?, 'old', ?, ?, 'conflict', ?, ?)");
    recusal.run('r1', 'a', null, T, T);
    expect(() => recusal.run('r2', null, null, T, T)).toThrow(/CHECK/);
  });
});
