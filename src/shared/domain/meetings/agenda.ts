// Pure agenda rules: order and numbering, running totals against the meeting's slot, and where an
// item goes when it is moved (by keyboard or drag and drop). Used by the core and the renderer alike.

/** What the agenda rules need of an item. */
export interface AgendaNode {
  id: string;
  parentId: string | null;
  position: number;
  plannedMinutes: number;
}

export interface AgendaRow<T extends AgendaNode> {
  item: T;
  /** 0 for a top-level item, 1 for a sub-item. */
  depth: 0 | 1;
  /** "1", "2", "2.1"… */
  number: string;
  /** Minutes from the meeting's start to this item's planned start, and to its planned end. */
  startOffset: number;
  endOffset: number;
  /** Planned minutes of the item and its sub-items together. */
  totalMinutes: number;
}

const byPosition = (a: AgendaNode, b: AgendaNode) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Top-level items by position, each followed by its sub-items by position, numbered, with running times. */
export function orderAgenda<T extends AgendaNode>(items: readonly T[]): AgendaRow<T>[] {
  const tops = items.filter((i) => i.parentId === null).sort(byPosition);
  const children = (id: string) => items.filter((i) => i.parentId === id).sort(byPosition);
  const rows: AgendaRow<T>[] = [];
  let clock = 0;
  tops.forEach((top, n) => {
    const subs = children(top.id);
    const total = top.plannedMinutes + subs.reduce((s, c) => s + c.plannedMinutes, 0);
    // A parent's own minutes come first (an introduction), then its sub-items.
    rows.push({ item: top, depth: 0, number: String(n + 1), startOffset: clock, endOffset: clock + total, totalMinutes: total });
    clock += top.plannedMinutes;
    subs.forEach((sub, k) => {
      rows.push({
        item: sub,
        depth: 1,
        number: `${n + 1}.${k + 1}`,
        startOffset: clock,
        endOffset: clock + sub.plannedMinutes,
        totalMinutes: sub.plannedMinutes,
      });
      clock += sub.plannedMinutes;
    });
  });
  return rows;
}

export interface AgendaTotals {
  /** Sum of every item's planned minutes (a parent's own minutes plus its sub-items'). */
  planned: number;
  /** The meeting's slot in minutes. */
  slot: number;
  /** How much the agenda runs over the slot (0 when it fits). */
  overrun: number;
  /** How much of the slot is left unplanned (0 when it is full or over). */
  remaining: number;
}

export function agendaTotals(items: readonly Pick<AgendaNode, 'plannedMinutes'>[], slotMinutes: number): AgendaTotals {
  const planned = items.reduce((s, i) => s + i.plannedMinutes, 0);
  const slot = Math.max(0, Math.round(slotMinutes));
  return { planned, slot, overrun: Math.max(0, planned - slot), remaining: Math.max(0, slot - planned) };
}

/** Whole minutes between two instants (a meeting's slot). */
export function slotMinutes(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
}

export interface MoveTarget {
  parentId: string | null;
  position: number;
}

export type MoveDirection = 'up' | 'down' | 'indent' | 'outdent';

/**
 * Where a keyboard move sends an item, or null when it cannot go that way: up/down swap it with its
 * neighbour among its siblings; indent makes a top-level item without sub-items the last sub-item of
 * the item above; outdent puts a sub-item right after its parent.
 */
export function keyboardTarget(items: readonly AgendaNode[], id: string, direction: MoveDirection): MoveTarget | null {
  const item = items.find((i) => i.id === id);
  if (!item) return null;
  const siblings = items.filter((i) => i.parentId === item.parentId).sort(byPosition);
  const index = siblings.findIndex((i) => i.id === id);
  switch (direction) {
    case 'up':
      return index > 0 ? { parentId: item.parentId, position: index - 1 } : null;
    case 'down':
      return index < siblings.length - 1 ? { parentId: item.parentId, position: index + 1 } : null;
    case 'indent': {
      if (item.parentId !== null || index === 0 || items.some((i) => i.parentId === id)) return null;
      const above = siblings[index - 1];
      return { parentId: above.id, position: items.filter((i) => i.parentId === above.id).length };
    }
    case 'outdent': {
      if (item.parentId === null) return null;
      const tops = items.filter((i) => i.parentId === null).sort(byPosition);
      return { parentId: null, position: tops.findIndex((t) => t.id === item.parentId) + 1 };
    }
  }
}

export type MoveError = 'not_found' | 'parent_not_top_level' | 'agenda_item_has_sub_items' | 'cannot_nest_under_itself';

/**
 * The positions after moving `id` to `position` among the children of `parentId` (null: top level).
 * Returns every item whose parent or position changes (positions stay 0, 1, 2… among siblings), or
 * the rule the move breaks. A position past the end means "last".
 */
export function planMove(
  items: readonly AgendaNode[],
  id: string,
  target: MoveTarget,
): { ok: true; changes: { id: string; parentId: string | null; position: number }[] } | { ok: false; error: MoveError } {
  const item = items.find((i) => i.id === id);
  if (!item) return { ok: false, error: 'not_found' };
  if (target.parentId !== null) {
    if (target.parentId === id) return { ok: false, error: 'cannot_nest_under_itself' };
    const parent = items.find((i) => i.id === target.parentId);
    if (!parent) return { ok: false, error: 'not_found' };
    if (parent.parentId !== null) return { ok: false, error: 'parent_not_top_level' };
    if (items.some((i) => i.parentId === id)) return { ok: false, error: 'agenda_item_has_sub_items' };
  }
  const siblingsOf = (parentId: string | null) => items.filter((i) => i.parentId === parentId && i.id !== id).sort(byPosition);
  const next = new Map<string, { parentId: string | null; position: number }>();
  const source = siblingsOf(item.parentId);
  source.forEach((s, n) => next.set(s.id, { parentId: s.parentId, position: n }));
  const dest = item.parentId === target.parentId ? source : siblingsOf(target.parentId);
  const at = Math.max(0, Math.min(target.position, dest.length));
  [...dest.slice(0, at), item, ...dest.slice(at)].forEach((s, n) => next.set(s.id, { parentId: target.parentId, position: n }));
  const changes = [...next]
    .filter(([sid, v]) => {
      const before = items.find((i) => i.id === sid)!;
      return before.parentId !== v.parentId || before.position !== v.position;
    })
    .map(([sid, v]) => ({ id: sid, ...v }));
  return { ok: true, changes };
}

/** Upcoming meetings (not yet ended), soonest first, and past ones, latest first. */
export function splitMeetings<T extends { startsAt: string; endsAt: string }>(meetings: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const t = now.getTime();
  const upcoming = meetings.filter((m) => Date.parse(m.endsAt) >= t).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = meetings.filter((m) => Date.parse(m.endsAt) < t).sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}
