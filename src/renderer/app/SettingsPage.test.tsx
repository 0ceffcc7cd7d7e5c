import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo } from '../../shared/domain/app/contract';
import { initI18n } from '../i18n';
import { useStore } from '../store';
import { ErrorBanner } from './ErrorBanner';
import { SettingsPage } from './SettingsPage';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../api', () => ({ invoke, on: () => () => {} }));

const BACKUPS: BackupInfo[] = [
  { file: 'palabra-20261103T090000000Z-before-restore.db', reason: 'before-restore', at: '2026-11-03T09:00:00.000Z', size: 2.5 * 1024 * 1024, schemaVersion: 5 },
  { file: 'palabra-20261101T080000000Z-daily.db', reason: 'daily', at: '2026-11-01T08:00:00.000Z', size: 200 * 1024, schemaVersion: 5 },
  { file: 'palabra-20261001T080000000Z-pre-migration.db', reason: 'pre-migration', at: '2026-10-01T08:00:00.000Z', size: 90 * 1024, schemaVersion: 3 },
];

function show(restore: (input: { file: string }) => unknown = () => ({ ok: true, value: { restarting: true } })) {
  invoke.mockImplementation(async (channel: string, input: { file: string }) => {
    if (channel === 'backups.list') return { ok: true, value: BACKUPS };
    if (channel === 'backups.restore') return restore(input);
    throw new Error(`unexpected ${channel}`);
  });
  render(
    <>
      <ErrorBanner />
      <SettingsPage />
    </>,
  );
}
const restoreCalls = () => invoke.mock.calls.filter(([c]) => c === 'backups.restore').map(([, i]) => i);

beforeAll(() => {
  initI18n('fr');
});
beforeEach(async () => {
  invoke.mockReset();
  await i18next.changeLanguage('fr');
  act(() =>
    useStore.setState({
      error: null,
      settings: { language: 'fr', theme: 'system', onboarded: true },
      info: { version: '1.0.0', dbPath: '/tmp/palabra.db', schemaVersion: 5, isEmpty: false },
    }),
  );
});

describe('Settings: backups', () => {
  it('lists the backups newest first with translated kind, local date and size', async () => {
    show();
    const rows = await screen.findAllByTestId('backup-row');
    expect(rows.map((r) => r.dataset.reason)).toEqual(['before-restore', 'daily', 'pre-migration']);
    expect(screen.getByRole('heading', { name: 'Sauvegardes' })).toBeInTheDocument();
    const daily = rows[1];
    expect(daily).toHaveTextContent('Quotidienne');
    expect(daily).toHaveTextContent(new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-01T08:00:00.000Z')));
    expect(daily).toHaveTextContent(/200\s?ko/);
    expect(rows[0]).toHaveTextContent('Avant une restauration');
    expect(rows[0]).toHaveTextContent(/2,5\s?Mo/);
    expect(rows[2]).toHaveTextContent('Avant une mise à jour');
  });

  it('asks first, says what happens, and restores only when confirmed', async () => {
    show();
    const rows = await screen.findAllByTestId('backup-row');
    await userEvent.click(within(rows[1]).getByRole('button', { name: /Restaurer la sauvegarde du/ }));
    const dialog = screen.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
    expect(dialog).toHaveTextContent('sauvegarde d’abord les données actuelles');
    expect(dialog).toHaveTextContent('Palabra redémarre');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(restoreCalls()).toEqual([]);

    await userEvent.click(within(rows[1]).getByTestId('backup-restore'));
    await userEvent.click(screen.getByRole('button', { name: 'Sauvegarder et restaurer' }));
    expect(restoreCalls()).toEqual([{ file: 'palabra-20261101T080000000Z-daily.db' }]);
    expect(await screen.findByRole('status')).toHaveTextContent('Palabra redémarre');
    expect(screen.queryByRole('dialog')).toBeNull();
    for (const b of screen.getAllByTestId('backup-restore')) expect(b).toBeDisabled();
  });

  it('shows a refusal in the error banner, naming the field, in French', async () => {
    show(() => ({ ok: false, error: { code: 'db_newer', message: 'newer', field: 'file', params: { version: 9, supported: 5 } } }));
    const rows = await screen.findAllByTestId('backup-row');
    await userEvent.click(within(rows[0]).getByTestId('backup-restore'));
    await userEvent.click(screen.getByTestId('restore-confirm'));
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent('Fichier de sauvegarde');
    expect(banner).toHaveTextContent('schéma 9');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
