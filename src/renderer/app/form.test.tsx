import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { AppError } from '../../shared/errors';
import { initI18n } from '../i18n';
import { errorMessage, errorOn, Field, FieldError, inputsFor, invalidProps, type FieldMap } from './form';

beforeAll(() => {
  initI18n('fr');
});
beforeEach(async () => {
  await i18next.changeLanguage('fr');
});

const endBeforeStart: AppError = { code: 'end_before_start', message: 'x', field: 'startsAt' };
const badLanguage: AppError = { code: 'invalid_choice', message: 'Invalid option', field: 'languages.1' };
const map: FieldMap = { startsAt: ['date', 'startTime'] };

it('maps a field key of the channel to the inputs that show it', () => {
  expect(inputsFor(endBeforeStart, map)).toEqual(['date', 'startTime']);
  expect(inputsFor(endBeforeStart)).toEqual(['startsAt']);
  expect(inputsFor(badLanguage)).toEqual(['languages']);
  expect(inputsFor({ code: 'not_found', message: 'x' })).toEqual([]);
  expect(inputsFor(null)).toEqual([]);
  expect(errorOn(badLanguage, 'languages')).toBe(badLanguage);
  expect(errorOn(badLanguage, 'country')).toBeUndefined();
  expect(invalidProps(endBeforeStart, 'startTime', map, 'f-start-error')).toEqual({ 'aria-invalid': true, 'aria-describedby': 'f-start-error' });
  expect(invalidProps(endBeforeStart, 'endTime', map)).toEqual({});
});

it('gives the translated message without the field name, capitalized on demand', () => {
  expect(errorMessage(badLanguage)).toBe('choisissez l’une des valeurs proposées.');
  expect(errorMessage(badLanguage, { capitalize: true })).toBe('Choisissez l’une des valeurs proposées.');
  expect(errorMessage({ code: 'duplicate_email', message: 'x', params: { name: 'Ana Pereira' } }, { capitalize: true })).toBe(
    'Un autre membre utilise déjà cette adresse e-mail (Ana Pereira).',
  );
});

it('shows the error under each input the field maps to, and only there', () => {
  render(
    <>
      <FieldError error={endBeforeStart} input="date" map={map} id="d-error" />
      <FieldError error={endBeforeStart} input="startTime" map={map} />
      <FieldError error={endBeforeStart} input="endTime" map={map} />
    </>,
  );
  expect(screen.getByTestId('error-date')).toHaveAttribute('id', 'd-error');
  expect(screen.getByTestId('error-startTime')).toHaveTextContent('la fin doit être postérieure au début.');
  expect(screen.getByTestId('error-startTime')).toHaveAttribute('id', 'startTime-error');
  expect(screen.queryByTestId('error-endTime')).toBeNull();
});

it('<Field> labels its control, marks it required, and describes it by its hint and its error', () => {
  const { rerender } = render(
    <Field id="m-email" name="email" ns="directory" error={null} hint="hint text" required>
      {(p) => <input {...p} />}
    </Field>,
  );
  const input = screen.getByLabelText(/^Adresse e-mail/);
  expect(input).toHaveAttribute('id', 'm-email');
  expect(input).toBeRequired();
  expect(input).not.toHaveAttribute('aria-invalid');
  expect(input).toHaveAccessibleDescription('hint text');
  expect(screen.getByText('*')).toHaveAttribute('aria-hidden', 'true');

  rerender(
    <Field id="m-email" name="email" ns="directory" error={{ code: 'invalid_email', message: 'x', field: 'email' }} hint="hint text" required>
      {(p) => <input {...p} />}
    </Field>,
  );
  expect(input).toHaveAttribute('aria-invalid', 'true');
  expect(input).toHaveAccessibleDescription('Ce n’est pas une adresse e-mail valide. hint text');
  expect(screen.getByTestId('error-email')).toHaveAttribute('id', 'm-email-error');

  rerender(
    <Field id="m-date" name="date" ns="directory" label="Jour" map={map} error={endBeforeStart}>
      {(p) => <input {...p} />}
    </Field>,
  );
  expect(screen.getByLabelText('Jour')).toHaveAccessibleDescription('La fin doit être postérieure au début.');
});
