import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveItem } from '../../../shared/domain/live/contract';
import { invoke } from '../../api';
import { useStore } from '../../store';
import { NS } from './slice';

/** Quiet time after the last keystroke before the note is saved. */
export const NOTE_DEBOUNCE_MS = 500;

type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * The note of an item, saved as the secretary types (`notes.save`, debounced) and at once on blur or
 * when the item changes (the editor is keyed by item: unmounting flushes), so nothing typed is lost.
 */
export function NoteEditor({ item, readOnly, textareaRef }: { item: LiveItem; readOnly: boolean; textareaRef?: Ref<HTMLTextAreaElement> }) {
  const { t } = useTranslation('live');
  const run = useStore((s) => s.run);
  const [text, setText] = useState(item.note);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const itemId = item.id;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setStatus('saving');
    const res = await run(invoke('notes.save', { itemId, text: value }), NS);
    if (!res.ok && pending.current === null) pending.current = value; // try again on the next keystroke or blur
    setStatus(res.ok ? (pending.current === null ? 'saved' : 'pending') : 'failed');
  }, [itemId, run]);

  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  const change = (value: string) => {
    setText(value);
    pending.current = value;
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), NOTE_DEBOUNCE_MS);
  };

  return (
    <div className="note-editor field">
      <div className="section-head">
        <label htmlFor="live-note" className="section-title">
          {t('note.title')}
        </label>
        <span className={`note-status ${status}`} aria-live="polite" data-testid="note-status" data-status={status}>
          {status === 'saved' ? (
            <>
              <span aria-hidden="true">✓ </span>
              {t('note.saved')}
            </>
          ) : status === 'saving' ? (
            t('note.saving')
          ) : status === 'failed' ? (
            t('note.failed')
          ) : null}
        </span>
      </div>
      <textarea
        id="live-note"
        ref={textareaRef}
        rows={4}
        value={text}
        readOnly={readOnly}
        onChange={(e) => change(e.target.value)}
        onBlur={() => void flush()}
        aria-keyshortcuts="O"
        data-testid="live-note"
      />
    </div>
  );
}
