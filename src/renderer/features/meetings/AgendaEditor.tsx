import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaTotals, keyboardTarget, orderAgenda, slotMinutes, type MoveDirection, type MoveTarget } from '../../../shared/domain/meetings/agenda';
import { AGENDA_KINDS, type AgendaItem, type AgendaKind, type MeetingDetail, type PresenterOption } from '../../../shared/domain/meetings/contract';
import type { AppError } from '../../../shared/errors';
import { useStore } from '../../store';
import { FieldError, invalidProps } from '../../app/form';
import { formatMinutes, formatTime } from './format';

const KEYS: Record<string, MoveDirection> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
type FocusTarget = { id: string; control: 'handle' | 'up' | 'down' };

/** The agenda of a meeting: ordered items with one level of sub-items, the running total against the
 *  slot, reorder by keyboard (Alt+arrows on the handle, or the move buttons) and by drag and drop. */
export function AgendaEditor({ detail }: { detail: MeetingDetail }) {
  const { t, i18n } = useTranslation('meetings');
  const lng = i18n.language;
  const { meeting, agenda } = detail;
  const readOnly = meeting.deletedAt !== null;
  const moveAgendaItem = useStore((s) => s.moveAgendaItem);
  const removeAgendaItem = useStore((s) => s.removeAgendaItem);
  const presenters = useStore((s) => s.meetingPresenters);
  const uid = useId();
  const hintId = `${uid}-hint`;
  const presentersId = `${uid}-presenters`;

  const rows = useMemo(() => orderAgenda(agenda), [agenda]);
  const slot = slotMinutes(meeting.startsAt, meeting.endsAt);
  const totals = agendaTotals(agenda, slot);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<FocusTarget | null>(null);

  // After a move the rows re-render in their new order: keep the keyboard on the moved item.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const el = controls.current.get(`${focus.control}:${focus.id}`);
    const target = el && !el.disabled ? el : controls.current.get(`handle:${focus.id}`);
    target?.focus();
  }, [agenda]);

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) controls.current.set(key, el);
    else controls.current.delete(key);
  };

  const move = async (item: AgendaItem, target: MoveTarget | null, control: FocusTarget['control']) => {
    if (!target) {
      setAnnouncement(t('agenda.cannotMove', { title: item.title }));
      return;
    }
    pendingFocus.current = { id: item.id, control };
    const res = await moveAgendaItem(item.id, target);
    if (res.ok) {
      const row = orderAgenda(res.value).find((r) => r.item.id === item.id);
      setAnnouncement(t('agenda.moved', { title: item.title, number: row?.number ?? '' }));
    } else pendingFocus.current = null;
  };

  const onHandleKey = (e: KeyboardEvent, item: AgendaItem) => {
    const direction = KEYS[e.key];
    if (!e.altKey || !direction) return;
    e.preventDefault();
    void move(item, keyboardTarget(agenda, item.id, direction), 'handle');
  };

  const onDrop = (e: DragEvent, over: AgendaItem) => {
    e.preventDefault();
    const id = dragId ?? e.dataTransfer.getData('text/plain');
    setDragId(null);
    setOverId(null);
    const dragged = agenda.find((i) => i.id === id);
    if (!dragged || dragged.id === over.id) return;
    // The dragged item takes the place of the one it is dropped on, among that one's siblings.
    const siblings = rows.filter((r) => r.item.parentId === over.parentId).map((r) => r.item.id);
    void move(dragged, { parentId: over.parentId, position: siblings.indexOf(over.id) }, 'handle');
  };

  const meetingTime = (offset: number) => formatTime(Date.parse(meeting.startsAt) + offset * 60_000, meeting.timeZone, lng);
  const tops = rows.filter((r) => r.depth === 0);
  const hasChildren = (id: string) => agenda.some((i) => i.parentId === id);

  return (
    <section className="panel agenda" aria-labelledby={`${uid}-h`} data-testid="agenda">
      <div className="agenda-head">
        <h2 id={`${uid}-h`}>{t('agenda.title')}</h2>
        <div className="agenda-total" data-testid="agenda-total" data-planned={totals.planned} data-slot={totals.slot}>
          <span>
            {t('agenda.planned')}{' '}
            <strong>{t('agenda.ofSlot', { planned: formatMinutes(totals.planned, lng), slot: formatMinutes(totals.slot, lng) })}</strong>
          </span>
          <span className={`meter ${totals.overrun > 0 ? 'over' : ''}`} aria-hidden="true">
            <span style={{ width: `${totals.slot > 0 ? Math.min(100, (totals.planned / totals.slot) * 100) : 100}%` }} />
          </span>
          {totals.remaining > 0 ? <span className="muted">{t('agenda.remaining', { minutes: formatMinutes(totals.remaining, lng) })}</span> : null}
        </div>
      </div>
      <div aria-live="polite">
        {totals.overrun > 0 ? (
          <p className="warning-box overrun" data-testid="agenda-overrun">
            <span aria-hidden="true">⚠ </span>
            {t('agenda.overrun', { minutes: formatMinutes(totals.overrun, lng) })}
          </p>
        ) : null}
      </div>

      <p id={hintId} className="hint">
        {t('agenda.handleHint')}
      </p>

      {rows.length === 0 ? (
        <p className="muted" data-testid="agenda-empty">
          {t('agenda.empty')}
        </p>
      ) : (
        <ol className="agenda-list" data-testid="agenda-list">
          {rows.map((row) => {
            const { item } = row;
            const siblings = rows.filter((r) => r.item.parentId === item.parentId);
            const index = siblings.findIndex((r) => r.item.id === item.id);
            if (editing === item.id) {
              return (
                <li key={item.id} className={`agenda-row editing depth-${row.depth}`}>
                  <ItemForm
                    meetingId={meeting.id}
                    item={item}
                    number={row.number}
                    tops={tops.map((r) => r.item)}
                    hasChildren={hasChildren(item.id)}
                    presenters={presenters}
                    presentersId={presentersId}
                    onDone={() => setEditing(null)}
                  />
                </li>
              );
            }
            return (
              <li
                key={item.id}
                className={`agenda-row depth-${row.depth} ${dragId === item.id ? 'dragging' : ''} ${overId === item.id ? 'drop-target' : ''}`}
                data-testid="agenda-item"
                data-item-id={item.id}
                data-number={row.number}
                draggable={!readOnly}
                onDragStart={(e) => {
                  e.dataTransfer.setData('text/plain', item.id);
                  e.dataTransfer.effectAllowed = 'move';
                  setDragId(item.id);
                }}
                onDragOver={(e) => {
                  if (!dragId || dragId === item.id) return;
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  setOverId(item.id);
                }}
                onDragLeave={() => setOverId((o) => (o === item.id ? null : o))}
                onDrop={(e) => onDrop(e, item)}
                onDragEnd={() => {
                  setDragId(null);
                  setOverId(null);
                }}
              >
                <button
                  type="button"
                  className="handle"
                  ref={ref(`handle:${item.id}`)}
                  aria-label={t('agenda.handle', { title: item.title })}
                  aria-describedby={hintId}
                  title={t('agenda.handle', { title: item.title })}
                  disabled={readOnly}
                  onKeyDown={(e) => onHandleKey(e, item)}
                  data-testid="agenda-handle"
                >
                  <span aria-hidden="true">⠿</span>
                </button>
                <span className="agenda-number">{row.number}</span>
                <div className="agenda-main">
                  <span className="agenda-title" data-testid="agenda-item-title">
                    {item.title}
                  </span>
                  {item.presenter ? <span className="muted">{t('agenda.presenter', { name: item.presenter })}</span> : null}
                </div>
                <span className={`badge kind-${item.kind}`}>{t(`itemKind.${item.kind}`)}</span>
                <span
                  className={row.endOffset > totals.slot ? 'agenda-time late' : 'agenda-time'}
                  title={t('agenda.startsAt', { time: meetingTime(row.startOffset) })}
                >
                  {meetingTime(row.startOffset)}
                </span>
                <span className="agenda-minutes" data-testid="agenda-item-minutes">
                  {hasChildren(item.id) ? (
                    <span className="block-total" title={`${formatMinutes(row.totalMinutes, lng)} ${t('agenda.withSubItems')}`}>
                      <span aria-hidden="true">Σ </span>
                      {formatMinutes(row.totalMinutes, lng)}
                      <span className="sr-only"> {t('agenda.withSubItems')}</span>
                    </span>
                  ) : (
                    formatMinutes(item.plannedMinutes, lng)
                  )}
                </span>
                <span className="agenda-actions">
                  <button
                    type="button"
                    className="button ghost small icon"
                    ref={ref(`up:${item.id}`)}
                    aria-label={t('agenda.moveUp', { title: item.title })}
                    title={t('agenda.moveUp', { title: item.title })}
                    disabled={readOnly || index === 0}
                    onClick={() => void move(item, keyboardTarget(agenda, item.id, 'up'), 'up')}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small icon"
                    ref={ref(`down:${item.id}`)}
                    aria-label={t('agenda.moveDown', { title: item.title })}
                    title={t('agenda.moveDown', { title: item.title })}
                    disabled={readOnly || index === siblings.length - 1}
                    onClick={() => void move(item, keyboardTarget(agenda, item.id, 'down'), 'down')}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small icon"
                    aria-label={t('agenda.edit', { title: item.title })}
                    title={t('agenda.edit', { title: item.title })}
                    disabled={readOnly}
                    onClick={() => setEditing(item.id)}
                  >
                    <span aria-hidden="true">✎</span>
                  </button>
                  <button
                    type="button"
                    className="button ghost small icon danger-icon"
                    aria-label={t('agenda.remove', { title: item.title })}
                    title={t('agenda.remove', { title: item.title })}
                    disabled={readOnly}
                    onClick={() => void removeAgendaItem(item.id)}
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="sr-only" aria-live="polite" data-testid="agenda-announcement">
        {announcement}
      </div>
      <datalist id={presentersId}>
        {presenters.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      {readOnly ? null : (
        <ItemForm meetingId={meeting.id} tops={tops.map((r) => r.item)} hasChildren={false} presenters={presenters} presentersId={presentersId} />
      )}
    </section>
  );
}

interface ItemFormProps {
  meetingId: string;
  /** The item to edit; none to add one. */
  item?: AgendaItem;
  number?: string;
  tops: AgendaItem[];
  hasChildren: boolean;
  presenters: PresenterOption[];
  presentersId: string;
  onDone?(): void;
}

/** Add an item (top-level or under a top-level one), or edit one in place. */
function ItemForm({ meetingId, item, number, tops, hasChildren, presenters, presentersId, onDone }: ItemFormProps) {
  const { t } = useTranslation('meetings');
  const addAgendaItem = useStore((s) => s.addAgendaItem);
  const updateAgendaItem = useStore((s) => s.updateAgendaItem);
  const moveAgendaItem = useStore((s) => s.moveAgendaItem);
  const uid = useId();
  const [title, setTitle] = useState(item?.title ?? '');
  const [presenter, setPresenter] = useState(item?.presenter ?? '');
  const [minutes, setMinutes] = useState(item ? String(item.plannedMinutes) : '');
  const [kind, setKind] = useState<AgendaKind>(item?.kind ?? 'discussion');
  const [parentId, setParentId] = useState(item?.parentId ?? '');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const member = presenters.find((p) => p.name === presenter.trim());
    const fields = {
      title,
      presenter,
      presenterMemberId: member?.id ?? null,
      plannedMinutes: minutes.trim() === '' ? 0 : Number(minutes),
      kind,
    };
    let res: { ok: boolean; error?: AppError } = item ? await updateAgendaItem({ id: item.id, ...fields }) : await addAgendaItem({ meetingId, parentId: parentId || null, ...fields });
    if (res.ok && item && (item.parentId ?? '') !== parentId) {
      const target = parentId || null;
      res = await moveAgendaItem(item.id, { parentId: target, position: target ? 10_000 : tops.findIndex((i) => i.id === item.parentId) + 1 });
    }
    setBusy(false);
    setError(res.ok ? null : (res.error ?? null));
    if (!res.ok) return;
    if (onDone) onDone();
    else {
      setTitle('');
      setPresenter('');
      setMinutes('');
      titleRef.current?.focus();
    }
  };

  const inv = (input: string) => invalidProps(error, input, {}, `${uid}-${input}-error`);
  const err = (input: string) => <FieldError error={error} input={input} id={`${uid}-${input}-error`} />;
  const heading = item ? t('agenda.editTitle', { number }) : t('agenda.addTitle');
  const parents = tops.filter((top) => top.id !== item?.id);
  return (
    <form className={item ? 'item-form inline' : 'item-form'} onSubmit={(e) => void submit(e)} aria-label={heading} data-testid={item ? 'agenda-edit-form' : 'agenda-add-form'} noValidate>
      {item ? null : <h3>{heading}</h3>}
      <div className="item-grid">
        <div className="field item-title">
          <label className="field-label">
            <span>{t('fields.title')}</span>
            <input ref={titleRef} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} data-testid="agenda-title" {...inv('title')} />
          </label>
          {err('title')}
        </div>
        <div className="field item-presenter">
          <label className="field-label">
            <span>{t('fields.presenter')}</span>
            <input
              value={presenter}
              onChange={(e) => setPresenter(e.target.value)}
              list={presentersId}
              autoComplete="off"
              title={t('agenda.presenterHint')}
              data-testid="agenda-presenter"
              {...inv('presenter')}
            />
          </label>
          {err('presenter')}
          {err('presenterMemberId')}
        </div>
        <div className="field item-minutes">
          <label className="field-label">
            <span>{t('fields.plannedMinutes')}</span>
            <input type="number" min={0} step={5} value={minutes} onChange={(e) => setMinutes(e.target.value)} data-testid="agenda-minutes" {...inv('plannedMinutes')} />
          </label>
          {err('plannedMinutes')}
        </div>
        <label className="field item-kind">
          <span>{t('fields.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as AgendaKind)} data-testid="agenda-kind">
            {AGENDA_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`itemKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="field item-place">
          <label className="field-label">
            <span>{t('agenda.parent')}</span>
            <select value={parentId} onChange={(e) => setParentId(e.target.value)} disabled={hasChildren} data-testid="agenda-parent" {...inv('parentId')}>
              <option value="">{t('agenda.topLevel')}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('agenda.under', { title: p.title.length > 48 ? `${p.title.slice(0, 47)}…` : p.title })}
                </option>
              ))}
            </select>
          </label>
          {err('parentId')}
        </div>
        <div className="item-submit">
          <button type="submit" className="button primary" disabled={busy} data-testid={item ? 'agenda-save' : 'agenda-add'}>
            {item ? t('agenda.save') : t('agenda.add')}
          </button>
          {item ? (
            <button type="button" className="button" onClick={onDone}>
              {t('agenda.cancel')}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
