import { useEffect, useRef } from 'react';

// The keyboard of the live session: one key per live action, ignored while typing in a field, while a
// dialog is open, and with Ctrl / Alt / Cmd (those stay the browser's and the system's).

export const SHORTCUTS = [
  { action: 'nextSpeaker', keys: ['n'] },
  { action: 'stopSpeaker', keys: ['s'] },
  { action: 'addSpeaker', keys: ['a'] },
  { action: 'toggleTimer', keys: ['t', ' '] },
  { action: 'nextItem', keys: ['i'] },
  { action: 'decision', keys: ['d'] },
  { action: 'action', keys: ['c'] },
  { action: 'deadline', keys: ['l'] },
  { action: 'note', keys: ['o'] },
  { action: 'defer', keys: ['f'] },
  { action: 'projector', keys: ['p'] },
  { action: 'help', keys: ['?'] },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];
export type ShortcutHandlers = Partial<Record<ShortcutAction, () => void>>;

const BY_KEY = new Map<string, ShortcutAction>(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)));

/** Whether a key press is typing (a field has the focus) rather than a command. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** The action a key press asks for, or null. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (isTyping(e.target)) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest('dialog[open]')) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  // Space on a button, link, option or check box presses it.
  if (key === ' ' && target?.closest('button, a, summary, input, select, [role="button"], [role="option"], [role="tab"], [role="radio"], [role="checkbox"]')) return null;
  return BY_KEY.get(key) ?? null;
}

/** Listens on the window while mounted; the handlers may change on every render. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = shortcutFor(e);
      const handler = action && ref.current[action];
      if (!handler) return;
      e.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
