import { ROLES } from '../../../shared/domain/directory/contract';
import { insert, type Ctx } from '../../db/repo';

// A large, realistic directory for the scale test and the benchmark: ALAC, five RALOs, 100 ALSes
// and `n` members with accented names, a few roles each for one in ten.

const FIRST = ['José', 'María', 'Élodie', 'Ángel', 'Jean', 'Ana', 'Luis', 'Sofía', 'Kwame', 'Wei', 'Olga', 'Raúl', 'Chloé', 'Tomás', 'Amara', 'Noor'];
const LAST = ['García', 'Pérez', 'Baptiste', 'Núñez', 'Okafor', 'Li', 'Ivanova', 'Souza', 'Dubois', 'Müller', 'Haddad', 'Quispe', 'Smith', 'Rojas'];
const COUNTRIES = ['AR', 'BR', 'MX', 'CO', 'CL', 'PE', 'UY', 'HT', 'DO', 'CR', 'US', 'CA', 'FR', 'DE', 'KE', 'NG', 'IN', 'JP'];

export function seedDirectory(ctx: Ctx, n: number): { ralos: string[]; alac: string } {
  const alac = insert(ctx, 'bodies', { name: 'At-Large Advisory Committee', short_name: 'ALAC', kind: 'alac' }).id as string;
  const ralos = ['AFRALO', 'APRALO', 'EURALO', 'LACRALO', 'NARALO'].map((s) => insert(ctx, 'bodies', { name: s, short_name: s, kind: 'ralo' }).id as string);
  const als = Array.from({ length: 100 }, (_, i) =>
    insert(ctx, 'als', { name: `ALS ${i}`, country: COUNTRIES[i % COUNTRIES.length], ralo_id: ralos[i % 5], accreditation_status: 'accredited' }).id as string,
  );
  for (let i = 0; i < n; i++) {
    const m = insert(ctx, 'members', {
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
      email: `member${i}@example.org`,
      country: COUNTRIES[i % COUNTRIES.length],
      als_id: i % 3 === 0 ? null : als[i % als.length],
      languages: ['es', 'en'],
    });
    if (i % 10 === 0) {
      insert(ctx, 'roles', { member_id: m.id as string, body_id: ralos[i % 5], role: ROLES[i % ROLES.length], starts_on: '2016-01-01', ends_on: i % 20 === 0 ? '2017-01-01' : null });
      insert(ctx, 'roles', { member_id: m.id as string, body_id: alac, role: 'alac_member', starts_on: '2017-01-01' });
    }
  }
  return { ralos, alac };
}
