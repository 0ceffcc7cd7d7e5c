import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_COLUMNS, CSV_TEMPLATE, type ImportPreview } from '../../../shared/domain/directory/contract';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { errorText } from '../../i18n';
import { countryName, label, useLanguageLabel } from './format';

/** Bytes -> base64, in chunks (a large file would overflow the argument list of fromCharCode). */
export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * CSV import of members (errors show inside the modal dialog, above which the banner cannot be seen): pick a file, see every row checked (accepted, and rejected with line and
 * reason), then Confirm (all accepted rows in one transaction) or Cancel (nothing written).
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation('directory');
  const lng = i18n.language;
  const languageLabel = useLanguageLabel();
  const ref = useRef<HTMLDialogElement>(null);
  const [data, setData] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  const template = useMemo(() => URL.createObjectURL(new Blob(['\uFEFF' + CSV_TEMPLATE + '\r\n'], { type: 'text/csv;charset=utf-8' })), []);
  useEffect(() => () => URL.revokeObjectURL(template), [template]);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    setDone(null);
    if (!file) return;
    setBusy(true);
    setFileName(file.name);
    const encoded = toBase64(await file.arrayBuffer());
    const res = await invoke('members.importPreview', { data: encoded });
    setBusy(false);
    if (res.ok) {
      setData(encoded);
      setPreview(res.value);
    } else {
      setData(null);
      setError(res.error);
    }
  };

  const confirm = async () => {
    if (!data || !preview) return;
    setBusy(true);
    const res = await invoke('members.importCommit', { data, lines: preview.accepted.map((a) => a.line) });
    setBusy(false);
    if (res.ok) {
      setDone(res.value.inserted);
      setPreview(null);
      setData(null);
    } else setError(res.error);
  };

  const columns = CSV_COLUMNS.map((c) => c.header);
  const required = CSV_COLUMNS.filter((c) => c.required).map((c) => c.header);

  return (
    <dialog ref={ref} className="dir-dialog" aria-labelledby="import-title" onCancel={(e) => {
        // Escape: React decides when the dialog goes (no `close` listener: StrictMode's double effects close it once).
        e.preventDefault();
        onClose();
      }} data-testid="import-dialog">
      <div className="row dir-dialog-head">
        <h2 id="import-title">{t('import.title')}</h2>
        <span className="spacer" />
        <button type="button" className="button ghost" onClick={onClose} data-testid="import-close">
          {t('actions.close')}
        </button>
      </div>

      <div className="dir-import-help">
        <p>{t('import.intro')}</p>
        <p>
          {t('import.columns')} <code>{columns.join(', ')}</code>
        </p>
        <p className="hint">
          {t('import.required', { columns: required.join(', ') })} {t('import.formats')}
        </p>
        <a className="button small" href={template} download="palabra-members-template.csv">
          {t('import.template')}
        </a>
      </div>

      <div className="dir-file">
        <span className="dir-file-title" aria-hidden="true">
          {label('data')}
        </span>
        <div className="dir-file-row">
          <input
            id="import-file"
            className="dir-file-input"
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'import-error' : undefined}
            onChange={(e) => void choose(e.target.files?.[0])}
            data-testid="import-file"
          />
          <label htmlFor="import-file" className="button">
            {t('import.choose')}
          </label>
          <span className="dir-file-name">{fileName || t('import.noFile')}</span>
        </div>
      </div>

      {error && (
        <p id="import-error" className="dir-dialog-error" role="alert" data-testid="import-error">
          {errorText(error, 'directory')}
        </p>
      )}
      {done !== null && (
        <p className="dir-done" role="status" data-testid="import-done">
          {t('import.done', { count: done })}
        </p>
      )}
      {busy && <p className="muted">{t('import.checking')}</p>}

      {preview && (
        <>
          <p className="dir-summary" role="status" data-testid="import-summary">
            {t('import.file', { name: fileName })} {t('import.summaryAccepted', { count: preview.accepted.length })}{' '}
            {t('import.summaryRejected', { count: preview.rejected.length })}
          </p>
          {preview.ignoredColumns.length > 0 && <p className="hint">{t('import.ignored', { columns: preview.ignoredColumns.join(', ') })}</p>}

          {preview.rejected.length > 0 && (
            <section aria-labelledby="import-rejected">
              <h3 id="import-rejected">{t('import.rejected', { count: preview.rejected.length })}</h3>
              <div className="table-wrap dir-preview">
                <table className="data" data-testid="import-rejected">
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('import.line')}
                      </th>
                      <th scope="col">{t('members.columns.member')}</th>
                      <th scope="col">{t('import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rejected.map((r) => (
                      <tr key={r.line}>
                        <td className="num">{r.line}</td>
                        <td>
                          {r.name ?? <span className="muted">{t('import.noName')}</span>}
                          {r.email && <div className="muted dir-email">{r.email}</div>}
                        </td>
                        <td className="dir-reason">{errorText(r, 'directory')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}

          {preview.accepted.length > 0 && (
            <section aria-labelledby="import-accepted">
              <h3 id="import-accepted">{t('import.accepted', { count: preview.accepted.length })}</h3>
              <div className="table-wrap dir-preview">
                <table className="data" data-testid="import-accepted">
                  <thead>
                    <tr>
                      <th scope="col" className="num">
                        {t('import.line')}
                      </th>
                      <th scope="col">{t('members.columns.member')}</th>
                      <th scope="col">{label('country')}</th>
                      <th scope="col">{t('members.columns.als')}</th>
                      <th scope="col">{label('languages')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.accepted.map((a) => (
                      <tr key={a.line}>
                        <td className="num">{a.line}</td>
                        <td>
                          {a.name}
                          <div className="muted dir-email">{a.email}</div>
                        </td>
                        <td>{countryName(a.country, lng)}</td>
                        <td>{a.alsName ?? <span className="muted">{t('members.individual')}</span>}</td>
                        <td>{a.languages.map(languageLabel).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}

      <div className="row dir-dialog-foot">
        <span className="spacer" />
        <button type="button" className="button" onClick={onClose} data-testid="import-cancel">
          {done !== null ? t('actions.close') : t('actions.cancel')}
        </button>
        {preview && (
          <button type="button" className="button primary" disabled={busy || preview.accepted.length === 0} onClick={() => void confirm()} data-testid="import-confirm">
            {t('import.confirm', { count: preview.accepted.length })}
          </button>
        )}
      </div>
    </dialog>
  );
}
