import { describe, expect, it } from 'vitest';
import { closesAt, noObjectionStatus, openNoObjectionCall, recordObjection, recordSupport, type NoObjectionCall } from './noObjection';

const members = ['alan', 'maureen', 'humberto', 'sebastien', 'tijani'];
const opened = '2026-03-10T12:00:00.000Z';
const unwrap = (r: { ok: true; value: NoObjectionCall } | { ok: false; error: { code: string } }) => {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('no-objection call', () => {
  it('stays open for 7 days by default, then is adopted without objection', () => {
    const call = openNoObjectionCall(opened);
    expect(closesAt(call)).toBe('2026-03-17T12:00:00.000Z');
    expect(noObjectionStatus(call, '2026-03-17T11:59:59.000Z', members)).toMatchObject({ state: 'open', reason: 'pending' });
    expect(noObjectionStatus(call, '2026-03-17T12:00:00.000Z', members)).toMatchObject({ state: 'adopted', reason: 'no_objection' });
    expect(closesAt(openNoObjectionCall(opened, 3))).toBe('2026-03-13T12:00:00.000Z');
    expect(() => openNoObjectionCall(opened, 0)).toThrow();
  });

  it('with an objection, goes to a vote at the close', () => {
    const call = unwrap(recordObjection(openNoObjectionCall(opened), { by: 'tijani', at: '2026-03-12T08:00:00.000Z', text: 'The French text differs.' }, members));
    expect(noObjectionStatus(call, '2026-03-13T00:00:00.000Z', members)).toMatchObject({ state: 'open', objections: 1 });
    expect(noObjectionStatus(call, '2026-03-18T00:00:00.000Z', members)).toMatchObject({ state: 'to_vote', reason: 'objections' });
  });

  it('is adopted early when every member supports it', () => {
    let call = openNoObjectionCall(opened);
    for (const m of members) call = unwrap(recordSupport(call, { by: m, at: '2026-03-11T00:00:00.000Z' }, members));
    expect(noObjectionStatus(call, '2026-03-11T00:00:01.000Z', members)).toMatchObject({ state: 'adopted', reason: 'all_supported', supports: 5 });
  });

  it('refuses an objection after the close, from a non-member, or twice', () => {
    const call = openNoObjectionCall(opened);
    expect(recordObjection(call, { by: 'alan', at: '2026-03-17T12:00:00.000Z' }, members)).toMatchObject({
      ok: false,
      error: { code: 'objection_call_closed', params: { closedAt: '2026-03-17T12:00:00.000Z' } },
    });
    expect(recordObjection(call, { by: 'olivier', at: '2026-03-11T00:00:00.000Z' }, members)).toMatchObject({ ok: false, error: { code: 'not_a_member', params: { member: 'olivier' } } });
    const once = unwrap(recordObjection(call, { by: 'alan', at: '2026-03-11T00:00:00.000Z' }, members));
    expect(recordObjection(once, { by: 'alan', at: '2026-03-12T00:00:00.000Z' }, members)).toMatchObject({ ok: false, error: { code: 'already_objected' } });
    // A support given twice is recorded once.
    const s1 = unwrap(recordSupport(call, { by: 'alan', at: '2026-03-11T00:00:00.000Z' }, members));
    expect(unwrap(recordSupport(s1, { by: 'alan', at: '2026-03-11T01:00:00.000Z' }, members)).supports).toHaveLength(1);
  });
});
