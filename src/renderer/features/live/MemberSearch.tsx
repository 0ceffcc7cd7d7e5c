import { useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberHit } from '../../../shared/domain/live/contract';
import { invoke } from '../../api';

/**
 * Find a member by typing a few letters (accents and case ignored, those in the room first):
 * a combobox on `attendance.search`; arrows move through the matches, Enter picks, Escape closes.
 * Used to add a speaker, a guest to the attendance sheet, and the owner of an action item.
 */
export function MemberSearch({
  meetingId,
  id,
  label,
  onPick,
  inputRef,
  testId = 'member-search',
  disabled,
  describedBy,
}: {
  meetingId: string;
  id: string;
  label: string;
  onPick(hit: MemberHit): void | Promise<unknown>;
  inputRef?: Ref<HTMLInputElement>;
  testId?: string;
  disabled?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation('live');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<MemberHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const seq = useRef(0);
  // Enter pressed while the matches of the last keystroke are still on their way: pick when they come,
  // not the first of the previous, shorter query's.
  const enterPending = useRef(false);
  /** The query whose matches are shown. */
  const shownFor = useRef('');
  const listId = `${id}-list`;

  const search = async (q: string) => {
    setQuery(q);
    const mine = ++seq.current;
    if (q.trim() === '') {
      enterPending.current = false;
      setHits([]);
      setOpen(false);
      return;
    }
    const res = await invoke('attendance.search', { meetingId, query: q.trim(), limit: 8 });
    if (mine !== seq.current) return; // a newer keystroke is on its way
    const found = res.ok ? res.value : [];
    if (enterPending.current) {
      enterPending.current = false;
      if (found.length) return pick(found[0]);
    }
    shownFor.current = q.trim();
    setHits(found);
    setActive(0);
    setOpen(true);
  };

  const pick = (hit: MemberHit | undefined) => {
    if (!hit) return;
    seq.current++;
    shownFor.current = '';
    setQuery('');
    setHits([]);
    setOpen(false);
    void onPick(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && hits.length) setOpen(true);
      else setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (query.trim() !== '' && query.trim() !== shownFor.current) enterPending.current = true;
      else if (open) pick(hits[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const expanded = open && hits.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="member-search" data-testid={testId}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={label}
        value={query}
        disabled={disabled}
        onChange={(e) => void search(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid={`${testId}-input`}
      />
      <ul id={listId} role="listbox" aria-label={label} className="member-hits" hidden={!expanded} data-testid={`${testId}-list`}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(hit);
            }}
            onMouseEnter={() => setActive(i)}
            data-testid={`${testId}-option`}
          >
            <span className="hit-name">{hit.name}</span>
            <span className="muted">{[hit.alsName, hit.country].filter(Boolean).join(' · ')}</span>
            {hit.inRoom ? null : <span className="badge warning">{t('search.notInRoom')}</span>}
          </li>
        ))}
      </ul>
      {open && hits.length === 0 && query.trim() !== '' ? (
        <p className="muted member-none" role="status">
          {t('search.none')}
        </p>
      ) : null}
    </div>
  );
}
