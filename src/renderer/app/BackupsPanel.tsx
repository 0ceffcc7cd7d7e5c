import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/domain/app/contract';
import { invoke } from '../api';
import { Dialog } from '../features/live/Dialog';
import { useStore } from '../store';

const when = (iso: string, lng: string) => new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function size(bytes: number, lng: string): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(lng, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(
    bytes / (mb ? 1024 * 1024 : 1024),
  );
}

/**
 * The backups in the backups folder, newest first, each restorable after a confirmation that says
 * what happens: the current data is backed up first, then the app restarts on the backup.
 */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const run = useStore((s) => s.run);
  const showError = useStore((s) => s.showError);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [restarting, setRestarting] = useState(false);
  const descId = useId();
  const lng = i18n.language;

  const [listed, setListed] = useState(0);
  useEffect(() => {
    let live = true;
    // Not through `run`: a successful refresh must not clear a refusal shown in the banner.
    void invoke('backups.list', {}).then((res) => {
      if (!live) return;
      if (res.ok) setBackups(res.value);
      else showError(res.error);
    });
    return () => {
      live = false;
    };
  }, [showError, listed]);

  const restore = async (b: BackupInfo) => {
    setBusy(true);
    const res = await invoke('backups.restore', { file: b.file });
    setBusy(false);
    setChosen(null);
    if (res.ok) setRestarting(true);
    else {
      await run(Promise.resolve(res)); // the banner, in the user's language
      setListed((n) => n + 1);
    }
  };

  return (
    <div className="panel" data-testid="backups-panel">
      <h2>{t('backups.title')}</h2>
      <p className="hint">{t('backups.hint')}</p>
      {restarting ? (
        <p className="notice" role="status" data-testid="backups-restarting">
          {t('backups.restarting')}
        </p>
      ) : null}
      {backups === null ? null : backups.length === 0 ? (
        <p className="muted" data-testid="backups-empty">
          {t('backups.none')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data backups" data-testid="backups-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.made')}</th>
                <th scope="col">{t('backups.reason')}</th>
                <th scope="col" className="num">
                  {t('backups.size')}
                </th>
                <th scope="col" className="num">
                  {t('backups.schema')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('backups.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.file} data-testid="backup-row" data-file={b.file} data-reason={b.reason}>
                  <td>
                    <time dateTime={b.at} title={b.file}>
                      {when(b.at, lng)}
                    </time>
                  </td>
                  <td>{t(`backups.reasons.${b.reason}`)}</td>
                  <td className="num">{size(b.size, lng)}</td>
                  <td className="num">{b.schemaVersion ?? '—'}</td>
                  <td className="actions-cell">
                    <button
                      type="button"
                      className="button small"
                      disabled={restarting}
                      onClick={() => setChosen(b)}
                      aria-label={t('backups.restoreOne', { when: when(b.at, lng) })}
                      data-testid="backup-restore"
                    >
                      {t('backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {chosen ? (
        <Dialog title={t('backups.confirmTitle')} onClose={() => setChosen(null)} testId="restore-dialog" describedBy={descId}>
          <div id={descId}>
            <p>{t('backups.confirmWhich', { when: when(chosen.at, lng), reason: t(`backups.reasons.${chosen.reason}`) })}</p>
            <ol className="steps">
              <li>{t('backups.confirmSafety')}</li>
              <li>{t('backups.confirmSwap')}</li>
              <li>{t('backups.confirmRestart')}</li>
            </ol>
          </div>
          <div className="live-dialog-foot restore-foot">
            <button type="button" className="button" onClick={() => setChosen(null)}>
              {t('actions.cancel')}
            </button>
            <button type="button" className="button danger" disabled={busy} onClick={() => void restore(chosen)} data-testid="restore-confirm">
              {t('backups.confirmButton')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </div>
  );
}
