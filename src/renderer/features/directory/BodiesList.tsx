import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../shared/domain/directory/contract';
import { invoke } from '../../api';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { label } from './format';

/** Bodies: ALAC, the RALOs, working groups and committees, with their parent; create, archive/restore. */
export function BodiesList() {
  const { t } = useTranslation('directory');
  const run = useStore((s) => s.run);
  const showError = useStore((s) => s.showError);
  const version = useStore((s) => s.directory.version);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [rows, setRows] = useState<Body[] | null>(null);

  useEffect(() => {
    let live = true;
    void invoke('bodies.list', { includeArchived: true }).then((res) => {
      if (!live) return;
      if (res.ok) setRows(res.value);
      else showError(res.error, 'directory');
    });
    return () => {
      live = false;
    };
  }, [version, showError]);

  const byId = new Map((rows ?? []).map((b) => [b.id, b]));
  const shown = (rows ?? []).filter((b) => includeArchived || !b.deletedAt);

  return (
    <>
      <div className="row dir-toolbar">
        <h2 className="dir-subtitle">{t('bodies.title')}</h2>
        <span className="spacer" />
        <label className="check">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} />
          {t('bodies.showArchived')}
        </label>
        <a className="button primary" href={href('directory', 'bodies', 'new')} data-testid="body-new">
          {t('bodies.new')}
        </a>
      </div>
      {rows && shown.length === 0 && <p className="panel muted">{t('bodies.empty')}</p>}
      {shown.length > 0 && (
        <div className="table-wrap panel flush">
          <table className="data" data-testid="bodies-table">
            <thead>
              <tr>
                <th scope="col">{label('shortName')}</th>
                <th scope="col">{label('name')}</th>
                <th scope="col">{label('kind')}</th>
                <th scope="col">{label('parentId')}</th>
                <th scope="col">
                  <span className="sr-only">{t('roles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b) => (
                <tr key={b.id} className={b.deletedAt ? 'archived' : undefined}>
                  <td>
                    <a href={href('directory', 'bodies', b.id)} className="dir-name">
                      {b.shortName}
                    </a>
                    {b.deletedAt && <span className="badge">{t('archived')}</span>}
                  </td>
                  <td>{b.name}</td>
                  <td>
                    <span className="badge accent">{t(`kinds.${b.kind}`)}</span>
                  </td>
                  <td>{b.parentId ? (byId.get(b.parentId)?.shortName ?? '') : <span className="muted">{t('bodies.topLevel')}</span>}</td>
                  <td className="dir-actions">
                    {b.deletedAt ? (
                      <button type="button" className="button small" onClick={() => void run(invoke('bodies.restore', { id: b.id }), 'directory')}>
                        {t('actions.restore')}
                      </button>
                    ) : (
                      <button type="button" className="button small ghost" onClick={() => void run(invoke('bodies.archive', { id: b.id }), 'directory')}>
                        {t('actions.archive')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
