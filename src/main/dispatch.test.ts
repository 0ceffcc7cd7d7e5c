import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from './dispatch';
import { handlers } from './core/handlers';
import { snapshot, testCore } from './test/tmp';

describe('dispatch', () => {
  it('refuses an unknown channel', () => {
    const { dispatch } = testCore();
    expect(dispatch('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses extra keys and wrong types before any handler runs', () => {
    const core = testCore();
    const spy = vi.fn(handlers['settings.update']);
    const dispatch = createDispatcher(core.ctx, { ...handlers, 'settings.update': spy } as Handlers);
    const before = snapshot(core);
    expect(dispatch('settings.update', { language: 'fr', sneaky: 1 })).toMatchObject({
      ok: false,
      error: { code: 'unknown_key', field: 'sneaky' },
    });
    expect(dispatch('settings.update', { language: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_choice', field: 'language' } });
    expect(dispatch('settings.update', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch('journal.list', { limit: 'ten' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'limit' } });
    expect(spy).not.toHaveBeenCalled();
    expect(snapshot(core)).toEqual(before);
  });

  it('runs a valid call and returns its value', () => {
    const { dispatch } = testCore();
    expect(dispatch('settings.update', { language: 'es' })).toEqual({ ok: true, value: { language: 'es', theme: 'system', onboarded: false } });
    expect(dispatch('settings.get', {})).toEqual({ ok: true, value: { language: 'es', theme: 'system', onboarded: false } });
  });

  it('rolls back every write of a handler that fails, and sends no event', () => {
    const emit = vi.fn();
    const core = testCore({ emit });
    const failing = {
      ...handlers,
      'settings.update': (input: never, ctx: never) => {
        handlers['settings.update'](input, ctx);
        throw new Error('boom');
      },
    } as unknown as Handlers;
    const dispatch = createDispatcher(core.ctx, failing);
    const before = snapshot(core);
    expect(dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(snapshot(core)).toEqual(before);
    expect(emit).not.toHaveBeenCalled();
  });

  it('delivers events after commit', () => {
    const emit = vi.fn();
    const { dispatch } = testCore({ emit });
    dispatch('settings.update', { theme: 'dark' });
    expect(emit).toHaveBeenCalledWith('data.changed', { entity: 'settings' });
  });
});
