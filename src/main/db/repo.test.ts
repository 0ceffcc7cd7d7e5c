import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors';
import { archive, insert, makeCtx, restore, toCamel, update } from './repo';
import { testCore } from '../test/tmp';

const journal = (core: ReturnType<typeof testCore>) =>
  (core.ctx.db.prepare('SELECT entity, entity_id, op, before, after, actor FROM journal ORDER BY rowid').all() as Record<string, string>[]).map(
    (r) => ({ ...r, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after) }),
  );

describe('journaled writes', () => {
  it('journals create, update (changed fields only), archive and restore, in order', () => {
    const core = testCore();
    let t = Date.parse('2026-03-10T19:15:00.000Z');
    const ctx = makeCtx(core.ctx.db, { actor: 'secretary', now: () => new Date((t += 1000)) });
    const body = insert(ctx, 'bodies', { name: 'Latin American and Caribbean RALO', short_name: 'LACRALO', kind: 'ralo' });
    expect(body).toMatchObject({ short_name: 'LACRALO', deleted_at: null, created_at: '2026-03-10T19:15:01.000Z' });
    expect(body.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7

    update(ctx, 'bodies', body.id as string, { name: 'LACRALO (renamed)', short_name: 'LACRALO' });
    update(ctx, 'bodies', body.id as string, { short_name: 'LACRALO' }); // no change: no entry
    archive(ctx, 'bodies', body.id as string);
    restore(ctx, 'bodies', body.id as string);

    expect(journal(core)).toEqual([
      {
        entity: 'bodies',
        entity_id: body.id,
        op: 'create',
        actor: 'secretary',
        before: null,
        after: { name: 'Latin American and Caribbean RALO', short_name: 'LACRALO', kind: 'ralo' },
      },
      {
        entity: 'bodies',
        entity_id: body.id,
        op: 'update',
        actor: 'secretary',
        before: { name: 'Latin American and Caribbean RALO' },
        after: { name: 'LACRALO (renamed)' },
      },
      { entity: 'bodies', entity_id: body.id, op: 'archive', actor: 'secretary', before: { deleted_at: null }, after: { deleted_at: '2026-03-10T19:15:03.000Z' } },
      { entity: 'bodies', entity_id: body.id, op: 'restore', actor: 'secretary', before: { deleted_at: '2026-03-10T19:15:03.000Z' }, after: { deleted_at: null } },
    ]);
    const row = core.ctx.db.prepare('SELECT * FROM bodies').get() as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'LACRALO (renamed)', deleted_at: null, updated_at: '2026-03-10T19:15:04.000Z' });
  });

  it('stores arrays as JSON and reads them back camel-cased', () => {
    const core = testCore();
    const ctx = makeCtx(core.ctx.db);
    const m = insert(ctx, 'members', { name: 'Ana', email: 'ana@example.org', country: 'UY', languages: ['es', 'en'] });
    expect(m.languages).toBe('["es","en"]');
    expect(toCamel<{ languages: string[]; createdAt: string }>(m, ['languages'])).toMatchObject({ languages: ['es', 'en'], createdAt: m.created_at });
  });

  it('refuses to update or archive what does not exist, writing nothing', () => {
    const core = testCore();
    const ctx = makeCtx(core.ctx.db);
    expect(() => update(ctx, 'bodies', 'missing', { name: 'x' })).toThrow(DomainError);
    expect(() => archive(ctx, 'bodies', 'missing')).toThrow(DomainError);
    expect(journal(core)).toEqual([]);
  });

  it('refuses identifiers that are not plain SQL names', () => {
    const core = testCore();
    const ctx = makeCtx(core.ctx.db);
    expect(() => insert(ctx, 'bodies; DROP TABLE journal', { name: 'x' })).toThrow(/identifier/);
    expect(() => insert(ctx, 'bodies', { 'name) VALUES (1); --': 'x' })).toThrow(/identifier/);
  });
});
