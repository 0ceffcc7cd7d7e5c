import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { useStore } from '../store';
import { ErrorBanner } from './ErrorBanner';

beforeAll(() => {
  initI18n('fr');
});

it('shows the failed call in French, naming the field, and can be dismissed', async () => {
  await i18next.changeLanguage('fr');
  render(<ErrorBanner />);
  expect(screen.queryByRole('alert')).toBeNull();
  act(() => useStore.getState().showError({ code: 'invalid_choice', message: 'Invalid option', field: 'theme' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Thème : choisissez l’une des valeurs proposées.');
  await userEvent.click(screen.getByRole('button', { name: 'Masquer' }));
  expect(screen.queryByRole('alert')).toBeNull();
});
