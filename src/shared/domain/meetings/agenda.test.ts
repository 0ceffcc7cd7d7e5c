import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaTotals, keyboardTarget, orderAgenda, planMove, slotMinutes, splitMeetings, type AgendaNode } from './agenda';

const node = (id: string, parentId: string | null, position: number, plannedMinutes = 0): AgendaNode => ({ id, parentId, position, plannedMinutes });

// The San Juan session of seed 003, stored out of order on purpose.
const SAN_JUAN: AgendaNode[] = [
  node('budget', null, 2, 0),
  node('welcome', null, 0, 5),
  node('reserve', 'budget', 1, 10),
  node('fy19', 'budget', 0, 10),
  node('updates', null, 1, 0),
  node('social', 'updates', 0, 5),
  node('tech', 'updates', 1, 5),
  node('relaunch', 'updates', 2, 5),
  node('gtld', null, 3, 15),
  node('media', null, 4, 15),
  node('cpwg', null, 5, 15),
  node('aob', null, 6, 5),
];

describe('orderAgenda', () => {
  it('puts sub-items after their parent, numbers them, and runs the clock', () => {
    const rows = orderAgenda(SAN_JUAN);
    expect(rows.map((r) => [r.number, r.item.id, r.depth, r.startOffset, r.endOffset])).toEqual([
      ['1', 'welcome', 0, 0, 5],
      ['2', 'updates', 0, 5, 20],
      ['2.1', 'social', 1, 5, 10],
      ['2.2', 'tech', 1, 10, 15],
      ['2.3', 'relaunch', 1, 15, 20],
      ['3', 'budget', 0, 20, 40],
      ['3.1', 'fy19', 1, 20, 30],
      ['3.2', 'reserve', 1, 30, 40],
      ['4', 'gtld', 0, 40, 55],
      ['5', 'media', 0, 55, 70],
      ['6', 'cpwg', 0, 70, 85],
      ['7', 'aob', 0, 85, 90],
    ]);
    expect(rows.find((r) => r.item.id === 'budget')!.totalMinutes).toBe(20);
  });

  it('counts a parent’s own minutes before its sub-items', () => {
    const rows = orderAgenda([node('a', null, 0, 5), node('a1', 'a', 0, 10), node('b', null, 1, 3)]);
    expect(rows.map((r) => [r.item.id, r.startOffset, r.endOffset])).toEqual([
      ['a', 0, 15],
      ['a1', 5, 15],
      ['b', 15, 18],
    ]);
  });
});

describe('agendaTotals', () => {
  it('fits the 90-minute San Juan slot exactly', () => {
    expect(agendaTotals(SAN_JUAN, 90)).toEqual({ planned: 90, slot: 90, overrun: 0, remaining: 0 });
  });
  it('reports the overrun and the time left', () => {
    expect(agendaTotals([...SAN_JUAN, node('extra', null, 7, 12)], 90)).toEqual({ planned: 102, slot: 90, overrun: 12, remaining: 0 });
    expect(agendaTotals([node('a', null, 0, 20)], 60)).toEqual({ planned: 20, slot: 60, overrun: 0, remaining: 40 });
    expect(agendaTotals([], 60)).toEqual({ planned: 0, slot: 60, overrun: 0, remaining: 60 });
  });
  it('slotMinutes', () => {
    expect(slotMinutes('2018-03-10T19:15:00.000Z', '2018-03-10T20:45:00.000Z')).toBe(90);
  });
});

describe('keyboardTarget', () => {
  it('moves up and down among siblings, not past the ends', () => {
    expect(keyboardTarget(SAN_JUAN, 'gtld', 'up')).toEqual({ parentId: null, position: 2 });
    expect(keyboardTarget(SAN_JUAN, 'gtld', 'down')).toEqual({ parentId: null, position: 4 });
    expect(keyboardTarget(SAN_JUAN, 'welcome', 'up')).toBeNull();
    expect(keyboardTarget(SAN_JUAN, 'aob', 'down')).toBeNull();
    expect(keyboardTarget(SAN_JUAN, 'tech', 'up')).toEqual({ parentId: 'updates', position: 0 });
    expect(keyboardTarget(SAN_JUAN, 'relaunch', 'down')).toBeNull();
    expect(keyboardTarget(SAN_JUAN, 'nope', 'up')).toBeNull();
  });
  it('indents under the item above (last), outdents right after the parent', () => {
    expect(keyboardTarget(SAN_JUAN, 'gtld', 'indent')).toEqual({ parentId: 'budget', position: 2 });
    expect(keyboardTarget(SAN_JUAN, 'welcome', 'indent')).toBeNull(); // nothing above
    expect(keyboardTarget(SAN_JUAN, 'budget', 'indent')).toBeNull(); // has sub-items
    expect(keyboardTarget(SAN_JUAN, 'social', 'indent')).toBeNull(); // already a sub-item
    expect(keyboardTarget(SAN_JUAN, 'tech', 'outdent')).toEqual({ parentId: null, position: 2 });
    expect(keyboardTarget(SAN_JUAN, 'gtld', 'outdent')).toBeNull();
  });
});

describe('planMove', () => {
  const apply = (items: AgendaNode[], changes: { id: string; parentId: string | null; position: number }[]) =>
    items.map((i) => ({ ...i, ...changes.find((c) => c.id === i.id) }));
  const order = (items: AgendaNode[]) => orderAgenda(items).map((r) => (r.depth ? '-' : '') + r.item.id);

  it('swaps neighbours, changing only the two positions', () => {
    const plan = planMove(SAN_JUAN, 'gtld', { parentId: null, position: 2 });
    expect(plan).toEqual({ ok: true, changes: expect.arrayContaining([{ id: 'gtld', parentId: null, position: 2 }, { id: 'budget', parentId: null, position: 3 }]) });
    expect(plan.ok && plan.changes).toHaveLength(2);
  });

  it('moves across parents and closes the gap it leaves', () => {
    const plan = planMove(SAN_JUAN, 'social', { parentId: 'budget', position: 1 });
    if (!plan.ok) throw new Error(plan.error);
    expect(order(apply(SAN_JUAN, plan.changes))).toEqual(['welcome', 'updates', '-tech', '-relaunch', 'budget', '-fy19', '-social', '-reserve', 'gtld', 'media', 'cpwg', 'aob']);
  });

  it('holds the one-level rule', () => {
    expect(planMove(SAN_JUAN, 'gtld', { parentId: 'social', position: 0 })).toEqual({ ok: false, error: 'parent_not_top_level' });
    expect(planMove(SAN_JUAN, 'budget', { parentId: 'updates', position: 0 })).toEqual({ ok: false, error: 'agenda_item_has_sub_items' });
    expect(planMove(SAN_JUAN, 'gtld', { parentId: 'gtld', position: 0 })).toEqual({ ok: false, error: 'cannot_nest_under_itself' });
    expect(planMove(SAN_JUAN, 'ghost', { parentId: null, position: 0 })).toEqual({ ok: false, error: 'not_found' });
    expect(planMove(SAN_JUAN, 'gtld', { parentId: 'ghost', position: 0 })).toEqual({ ok: false, error: 'not_found' });
  });

  it('always leaves every sibling group numbered 0…n−1 with the item where asked (property)', () => {
    const ids = SAN_JUAN.map((n) => n.id);
    const parents = [null, 'welcome', 'updates', 'budget', 'gtld', 'media', 'cpwg', 'aob'];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...parents), fc.integer({ min: 0, max: 12 }), (id, parentId, position) => {
        const plan = planMove(SAN_JUAN, id, { parentId, position });
        if (!plan.ok) return;
        const after = apply(SAN_JUAN, plan.changes);
        const groups = new Map<string | null, number[]>();
        for (const i of after) groups.set(i.parentId, [...(groups.get(i.parentId) ?? []), i.position]);
        for (const ps of groups.values()) expect([...ps].sort((a, b) => a - b)).toEqual(ps.map((_, n) => n));
        const moved = after.find((i) => i.id === id)!;
        expect(moved.parentId).toBe(parentId);
        expect(moved.position).toBe(Math.min(position, groups.get(parentId)!.length - 1));
        for (const i of after) if (i.parentId !== null) expect(after.find((p) => p.id === i.parentId)!.parentId).toBeNull();
        expect(after).toHaveLength(SAN_JUAN.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitMeetings', () => {
  it('upcoming (not yet ended) soonest first; past latest first', () => {
    const m = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
    const list = [
      m('gwg-feb', '2018-02-15T22:00:00Z', '2018-02-15T23:00:00Z'),
      m('alac-march', '2018-03-27T19:00:00Z', '2018-03-27T20:00:00Z'),
      m('san-juan', '2018-03-10T19:15:00Z', '2018-03-10T20:45:00Z'),
      m('old', '2018-01-10T19:15:00Z', '2018-01-10T20:45:00Z'),
    ];
    const { upcoming, past } = splitMeetings(list, new Date('2018-03-10T20:00:00Z')); // during San Juan
    expect(upcoming.map((x) => x.id)).toEqual(['san-juan', 'alac-march']);
    expect(past.map((x) => x.id)).toEqual(['gwg-feb', 'old']);
  });
});
