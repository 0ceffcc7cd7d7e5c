import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { errorText } from '../../i18n';
import { NS } from './slice';

/**
 * A modal dialog of the live screen: a real <dialog> (focus kept inside, Escape closes), titled, with
 * the first field (or `autoFocus` one) focused on open and the focus given back to where it was on close.
 * The error banner is hidden behind a modal, so a dialog shows its own failed call (`error`).
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  error,
  testId,
  wide,
  describedBy,
}: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  error?: AppError | null;
  testId?: string;
  wide?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const uid = useId();
  const titleId = `${uid}-title`;
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', ''); // jsdom
    }
    const first =
      dialog.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ??
      dialog.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog-x)') ??
      dialog.querySelector<HTMLElement>('.dialog-x');
    first?.focus();
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`live-dialog${wide ? ' wide' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(e) => {
        // Escape: React decides when the dialog goes.
        e.preventDefault();
        closeRef.current();
      }}
      onKeyDown={(e) => {
        // jsdom has no modal behaviour: Escape closes there too.
        if (e.key === 'Escape' && typeof ref.current?.showModal !== 'function') closeRef.current();
      }}
      data-testid={testId}
    >
      <div className="live-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button ghost small icon dialog-x" onClick={() => closeRef.current()} aria-label={t('actions.close')} title={t('actions.close')}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {error ? (
        <p className="live-dialog-error" role="alert" data-testid="dialog-error" data-code={error.code}>
          {errorText(error, NS)}
        </p>
      ) : null}
      <div className="live-dialog-body">{children}</div>
      {footer ? <div className="live-dialog-foot">{footer}</div> : null}
    </dialog>
  );
}

/** A dialog's Cancel and submit buttons; the submit button belongs to the form `form`. */
export function DialogFoot({
  form,
  busy,
  onCancel,
  testId,
  danger,
  children,
}: {
  form: string;
  busy: boolean;
  onCancel(): void;
  testId: string;
  danger?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="live-dialog-foot">
      <button type="button" className="button" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
      <button type="submit" form={form} className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy} data-testid={testId}>
        {children}
      </button>
    </div>
  );
}
