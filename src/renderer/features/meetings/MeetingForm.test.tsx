import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { Body } from '../../../shared/domain/directory/contract';
import type { Meeting } from '../../../shared/domain/meetings/contract';
import { initI18n } from '../../i18n';
import { useStore } from '../../store';
import { MeetingForm } from './MeetingForm';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('../../api', () => ({ invoke, on: () => () => {} }));

const meta = { createdAt: '2018-03-01T00:00:00.000Z', updatedAt: '2018-03-01T00:00:00.000Z', deletedAt: null };
const BODIES: Body[] = [{ ...meta, id: 'b-alac', name: 'At-Large Advisory Committee', shortName: 'ALAC', kind: 'alac', parentId: null, description: null }];

beforeAll(() => {
  initI18n('fr');
});
beforeEach(async () => {
  invoke.mockReset();
  useStore.setState({ error: null });
  await i18next.changeLanguage('fr');
});

async function fill(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText('Organe'), 'b-alac');
  await user.type(screen.getByLabelText('Titre'), 'Séance de travail, partie 4');
  await user.selectOptions(screen.getByLabelText('Type'), 'face_to_face');
  const zone = screen.getByLabelText('Fuseau horaire');
  await user.clear(zone);
  await user.type(zone, 'America/Puerto_Rico');
  await user.type(screen.getByLabelText('Date'), '2018-03-10');
  await user.type(screen.getByLabelText('Heure de début'), '15:15');
  await user.click(screen.getByLabelText('Anglais'));
  await user.click(screen.getByLabelText('Espagnol'));
}

it('sends wall times in the meeting’s zone and marks the end field when the core refuses end_before_start', async () => {
  const user = userEvent.setup();
  const onDone = vi.fn();
  render(<MeetingForm bodies={BODIES} onDone={onDone} onCancel={() => {}} />);
  await fill(user);
  await user.type(screen.getByLabelText('Heure de fin'), '15:00');
  invoke.mockResolvedValueOnce({ ok: false, error: { code: 'end_before_start', message: 'x', field: 'endsAt' } });
  await user.click(screen.getByRole('button', { name: 'Créer la réunion' }));
  expect(invoke).toHaveBeenCalledWith('meetings.create', {
    bodyId: 'b-alac',
    title: 'Séance de travail, partie 4',
    kind: 'face_to_face',
    startsAt: '2018-03-10T15:15',
    endsAt: '2018-03-10T15:00',
    timeZone: 'America/Puerto_Rico',
    location: '',
    interpretationLanguages: ['en', 'es'],
  });
  const end = screen.getByLabelText('Heure de fin');
  expect(end).toHaveAttribute('aria-invalid', 'true');
  expect(end).toHaveAccessibleDescription('la fin doit être postérieure au début.');
  expect(screen.getByLabelText('Heure de début')).not.toHaveAttribute('aria-invalid');
  expect(useStore.getState().error).toMatchObject({ code: 'end_before_start', field: 'endsAt', ns: 'meetings' });
  expect(onDone).not.toHaveBeenCalled();
});

it('sends a planned duration instead of an end, and reports back the created meeting', async () => {
  const user = userEvent.setup();
  const onDone = vi.fn();
  render(<MeetingForm bodies={BODIES} onDone={onDone} onCancel={() => {}} />);
  await fill(user);
  await user.click(screen.getByLabelText('Après une durée'));
  const duration = screen.getByLabelText('Durée (minutes)');
  await user.clear(duration);
  await user.type(duration, '90');
  const created = { id: 'm-new' } as Meeting;
  invoke.mockResolvedValue({ ok: true, value: created });
  await user.click(screen.getByRole('button', { name: 'Créer la réunion' }));
  expect(invoke).toHaveBeenCalledWith('meetings.create', expect.objectContaining({ startsAt: '2018-03-10T15:15', durationMinutes: 90 }));
  expect(invoke.mock.calls[0][1]).not.toHaveProperty('endsAt');
  expect(onDone).toHaveBeenCalledWith(created);
});

it('fills the edit form with the meeting’s own wall times', () => {
  const meeting: Meeting = {
    ...meta,
    id: 'm1',
    bodyId: 'b-alac',
    title: 'Séance de travail',
    kind: 'hybrid',
    startsAt: '2018-03-10T19:15:00.000Z',
    endsAt: '2018-03-10T20:45:00.000Z',
    timeZone: 'America/Puerto_Rico',
    location: 'San Juan',
    interpretationLanguages: ['fr'],
    status: 'in_progress',
  };
  render(<MeetingForm bodies={BODIES} meeting={meeting} onDone={() => {}} onCancel={() => {}} />);
  expect(screen.getByLabelText('Date')).toHaveValue('2018-03-10');
  expect(screen.getByLabelText('Heure de début')).toHaveValue('15:15');
  expect(screen.getByLabelText('Heure de fin')).toHaveValue('16:45');
  expect(screen.getByLabelText('Statut')).toHaveValue('in_progress');
  expect(screen.getByLabelText('Français')).toBeChecked();
});
