import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Member } from '../../../shared/domain/directory/contract';
import type { Result } from '../../../shared/errors';
import { ErrorBanner } from '../../app/ErrorBanner';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { toBase64 } from './ImportDialog';
import { MemberForm } from './MemberForm';

// The member form with `window.palabra.invoke` mocked: what it sends, and a refusal shown in French
// next to the field (aria-invalid, message, focus) and in the banner.

const invoke = vi.fn<(channel: string, input: unknown) => Promise<Result<unknown>>>();

beforeAll(() => {
  initI18n('fr');
});
beforeEach(async () => {
  await i18next.changeLanguage('fr');
  window.palabra = { invoke, on: () => () => {} };
  invoke.mockReset();
  useStore.setState({ error: null });
});
afterEach(() => vi.restoreAllMocks());

const saved: Member = {
  id: '0190a6a0-0000-7000-8000-000000000001',
  createdAt: '2026-03-10T12:00:00.000Z',
  updatedAt: '2026-03-10T12:00:00.000Z',
  deletedAt: null,
  name: 'María Ejemplo',
  email: 'maria@example.org',
  phone: null,
  fax: null,
  country: 'MX',
  subRegion: 'mexico',
  alsId: null,
  gender: null,
  languages: ['es', 'en'],
  timeZone: 'America/Mexico_City',
};

async function fill() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/^Nom/), 'María Ejemplo');
  await user.type(screen.getByLabelText(/^Adresse e-mail/), 'maria@');
  await user.selectOptions(screen.getByLabelText(/^Pays/), 'MX');
  await user.selectOptions(screen.getByLabelText('Sous-région'), 'mexico');
  await user.click(screen.getByLabelText('Espagnol'));
  await user.click(screen.getByLabelText('Anglais'));
  await user.type(screen.getByLabelText('Fuseau horaire'), 'America/Mexico_City');
  return user;
}

it('shows a refused e-mail in French next to the field and in the banner, and focuses it', async () => {
  invoke.mockResolvedValue({ ok: false, error: { code: 'invalid_email', message: 'Invalid email address', field: 'email' } });
  const onSaved = vi.fn();
  render(
    <>
      <ErrorBanner />
      <MemberForm onSaved={onSaved} />
    </>,
  );
  const user = await fill();
  await user.click(screen.getByRole('button', { name: 'Créer le membre' }));

  expect(invoke).toHaveBeenCalledWith('members.create', {
    name: 'María Ejemplo',
    email: 'maria@',
    phone: '',
    fax: '',
    country: 'MX',
    subRegion: 'mexico',
    alsId: null,
    gender: null,
    languages: ['es', 'en'],
    timeZone: 'America/Mexico_City',
  });
  const email = screen.getByLabelText(/^Adresse e-mail/);
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(email).toHaveAccessibleDescription('Ce n’est pas une adresse e-mail valide.');
  expect(email).toHaveFocus();
  expect(screen.getByLabelText(/^Nom/)).not.toHaveAttribute('aria-invalid');
  expect(screen.getByRole('alert')).toHaveTextContent('Adresse e-mail : ce n’est pas une adresse e-mail valide.');
  expect(onSaved).not.toHaveBeenCalled();
});

it('marks a bad language (languages.1) on the languages group, with the duplicate-member name on e-mail next', async () => {
  invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid_choice', message: 'Invalid option', field: 'languages.1' } });
  render(<MemberForm onSaved={() => {}} />);
  const user = await fill();
  await user.click(screen.getByRole('button', { name: 'Créer le membre' }));
  const group = screen.getByRole('group', { name: 'Langues parlées' });
  expect(group).toHaveAttribute('aria-invalid', 'true');
  expect(group).toHaveAccessibleDescription('Choisissez l’une des valeurs proposées.');

  invoke.mockResolvedValueOnce({ ok: false, error: { code: 'duplicate_email', message: 'taken', field: 'email', params: { name: 'Ana Pereira' } } });
  await user.click(screen.getByRole('button', { name: 'Créer le membre' }));
  expect(screen.getByRole('group', { name: 'Langues parlées' })).not.toHaveAttribute('aria-invalid');
  expect(screen.getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription('Un autre membre utilise déjà cette adresse e-mail (Ana Pereira).');
});

it('saves, clears the error and hands the stored member back', async () => {
  invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid_email', message: 'x', field: 'email' } });
  invoke.mockResolvedValueOnce({ ok: true, value: saved });
  const onSaved = vi.fn();
  render(<MemberForm onSaved={onSaved} />);
  const user = await fill();
  await user.click(screen.getByRole('button', { name: 'Créer le membre' }));
  await user.clear(screen.getByLabelText(/^Adresse e-mail/));
  await user.type(screen.getByLabelText(/^Adresse e-mail/), 'maria@example.org');
  await user.click(screen.getByRole('button', { name: 'Créer le membre' }));
  expect(onSaved).toHaveBeenCalledWith(saved);
  expect(screen.getByLabelText(/^Adresse e-mail/)).not.toHaveAttribute('aria-invalid');
  expect(useStore.getState().error).toBeNull();
});

it('edits an existing member with update, sending its id', async () => {
  invoke.mockResolvedValue({ ok: true, value: { ...saved, name: 'María E.' } });
  render(<MemberForm member={saved} onSaved={() => {}} />);
  const user = userEvent.setup();
  expect(screen.getByLabelText(/^Nom/)).toHaveValue('María Ejemplo');
  await user.clear(screen.getByLabelText(/^Nom/));
  await user.type(screen.getByLabelText(/^Nom/), 'María E.');
  await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(invoke).toHaveBeenCalledWith('members.update', expect.objectContaining({ id: saved.id, name: 'María E.', languages: ['es', 'en'] }));
  expect(await screen.findByRole('status')).toHaveTextContent('Enregistré');
});

it('encodes file bytes as base64, large files included', () => {
  const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
  const b64 = toBase64(bytes.buffer);
  expect(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))).toEqual(bytes);
});
