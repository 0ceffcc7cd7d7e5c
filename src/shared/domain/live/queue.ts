import type { QueuePolicy, SpeakerKind } from './contract';

// Ordering of the speaker queue of one item. Pure: the core stores the resulting positions.
//
// - A point of order goes to the front, behind points of order already waiting.
// - A direct reply goes right after the current speaker: at the front too, behind the points of order
//   and the direct replies already waiting.
// - A normal request goes at the end (`none`), or is placed by a balanced policy among the normal
//   requests that follow the points of order and direct replies:
//   - `not_spoken`: before the first request of someone who has already spoken on this item, when the
//     requester has not (among each kind, first come first served);
//   - `sub_region` / `gender`: the groups take turns. The request goes after the last one of its own
//     group, where it breaks the first run of two adjacent requests of one same group; else at the end.
//     Within a group the order of request is kept, and no two of a group are ever adjacent while
//     someone of another group waits behind them.

export interface QueueEntry {
  id: string;
  kind: SpeakerKind;
  /** Has already spoken on this item (for `not_spoken`). */
  spoken: boolean;
  subRegion: string | null;
  gender: string | null;
}

/** The group a balanced policy compares (no value is a group of its own). */
export function groupOf(entry: Pick<QueueEntry, 'spoken' | 'subRegion' | 'gender'>, policy: QueuePolicy): string {
  switch (policy) {
    case 'sub_region':
      return entry.subRegion ?? '';
    case 'gender':
      return entry.gender ?? '';
    case 'not_spoken':
      return entry.spoken ? 'spoken' : 'new';
    default:
      return '';
  }
}

const isPriority = (e: Pick<QueueEntry, 'kind'>) => e.kind !== 'normal';

/** How many entries lead the queue as points of order (then direct replies). */
function leading<T extends QueueEntry>(queue: readonly T[], kinds: readonly SpeakerKind[]): number {
  let n = 0;
  while (n < queue.length && kinds.includes(queue[n].kind)) n++;
  return n;
}

/** Where a new request goes in `queue` (an index from 0 to queue.length). */
export function insertionIndex<T extends QueueEntry>(queue: readonly T[], entry: T, policy: QueuePolicy): number {
  if (entry.kind === 'point_of_order') return leading(queue, ['point_of_order']);
  if (entry.kind === 'direct_reply') {
    const poo = leading(queue, ['point_of_order']);
    return poo + leading(queue.slice(poo), ['direct_reply']);
  }
  // The normal requests follow the priority ones at the front.
  let start = 0;
  while (start < queue.length && isPriority(queue[start])) start++;
  if (policy === 'none') return queue.length;
  if (policy === 'not_spoken') {
    if (entry.spoken) return queue.length;
    for (let i = start; i < queue.length; i++) if (queue[i].kind === 'normal' && queue[i].spoken) return i;
    return queue.length;
  }
  const group = groupOf(entry, policy);
  let from = start;
  for (let i = start; i < queue.length; i++) if (queue[i].kind === 'normal' && groupOf(queue[i], policy) === group) from = i + 1;
  for (let p = Math.max(from, start + 1); p < queue.length; p++) {
    const a = queue[p - 1];
    const b = queue[p];
    if (a.kind === 'normal' && b.kind === 'normal' && groupOf(a, policy) === groupOf(b, policy)) return p;
  }
  return queue.length;
}

/** The queue with `entry` placed by its kind and the policy. */
export function placeRequest<T extends QueueEntry>(queue: readonly T[], entry: T, policy: QueuePolicy): T[] {
  const at = insertionIndex(queue, entry, policy);
  return [...queue.slice(0, at), entry, ...queue.slice(at)];
}

/** The queue with the entry `id` moved to `position` (clamped to the queue). */
export function moveRequest<T extends { id: string }>(queue: readonly T[], id: string, position: number): T[] {
  const from = queue.findIndex((e) => e.id === id);
  if (from < 0) return [...queue];
  const rest = queue.filter((e) => e.id !== id);
  const to = Math.max(0, Math.min(position, rest.length));
  return [...rest.slice(0, to), queue[from], ...rest.slice(to)];
}

export function removeRequest<T extends { id: string }>(queue: readonly T[], id: string): T[] {
  return queue.filter((e) => e.id !== id);
}
