import type { DecisionDetail, VoteView } from '../../../shared/domain/decisions/contract';
import type { LiveState } from '../../../shared/domain/live/contract';
import { liveWorld, SAN_JUAN, type Live } from '../live/test-helpers';

// A world for the decisions tests: the example data (loaded on 10 March 2018), plus a RALO whose ten
// accredited ALSs come from five countries, Argentina holding half of them, and a General Assembly
// call with a decision item.

export const FIVE_COUNTRY_ALSES = [
  ['ar1', 'AR', 'Usuarios Digitales de Rosario'],
  ['ar2', 'AR', 'Asociación Internet Ciudadana de Mendoza'],
  ['ar3', 'AR', 'Red Comunitaria del Noroeste Argentino'],
  ['ar4', 'AR', 'Fundación Acceso Abierto Bahía Blanca'],
  ['ar5', 'AR', 'Colectivo Tucumano de Derechos en Línea'],
  ['br1', 'BR', 'Associação Internautas do Pantanal'],
  ['br2', 'BR', 'Coletivo Rede Livre Amazônia'],
  ['cl', 'CL', 'Asociación Chilena de Usuarios del Sur'],
  ['mx', 'MX', 'Red Oaxaqueña de Conectividad Comunitaria'],
  ['uy', 'UY', 'Internautas del Litoral Uruguayo'],
] as const;
export type AlsKey = (typeof FIVE_COUNTRY_ALSES)[number][0];

export interface DecisionsWorld extends Live {
  bodyId: string;
  meetingId: string;
  itemId: string;
  als: Record<AlsKey, string>;
  /** A member of the body (its secretary), who enters ballots. */
  secretary: string;
  decision(id: string): DecisionDetail;
  vote(id: string): VoteView;
  /** A proposal on the General Assembly's decision item. */
  propose(text?: string): DecisionDetail;
  /** A proposal on a San Juan (ALAC) item. */
  proposeAlac(text: string): DecisionDetail;
}

export function decisionsWorld(): DecisionsWorld {
  const world = liveWorld();
  const body = world.call<{ id: string }>('bodies.create', { name: 'Regional At-Large Organization of Five Countries', shortName: 'RALO-5', kind: 'ralo' });
  const als = {} as Record<AlsKey, string>;
  for (const [key, country, name] of FIVE_COUNTRY_ALSES) {
    als[key] = world.call<{ id: string }>('als.create', { name, country, raloId: body.id, accreditationStatus: 'accredited', accreditedOn: '2015-01-01' }).id;
  }
  const meeting = world.call<{ id: string }>('meetings.create', {
    bodyId: body.id,
    title: 'RALO-5 General Assembly',
    kind: 'call',
    startsAt: '2018-03-12T15:00:00.000Z',
    durationMinutes: 90,
    timeZone: 'America/Montevideo',
  });
  const item = world.call<{ id: string }>('agenda.add', { meetingId: meeting.id, title: 'Fallback voting procedure', plannedMinutes: 30, kind: 'decision' });
  const secretary = world.call<{ id: string }>('members.create', { name: 'Lucía Benítez Ocampo', email: 'lucia.benitez@example.org', country: 'UY', alsId: als.uy }).id;
  world.call('roles.add', { memberId: secretary, bodyId: body.id, role: 'secretary', startsOn: '2017-01-01' });
  const w = world as DecisionsWorld;
  Object.assign(w, {
    bodyId: body.id,
    meetingId: meeting.id,
    itemId: item.id,
    als,
    secretary,
    decision: (id: string) => world.call<DecisionDetail>('decisions.get', { id }),
    vote: (voteId: string) => world.call<VoteView>('votes.get', { voteId }),
    propose: (text = 'LACRALO adopts the fallback voting procedure') => world.call<DecisionDetail>('decisions.propose', { meetingId: meeting.id, itemId: item.id, text }),
    proposeAlac: (text: string) => {
      const sj = world.meeting(SAN_JUAN);
      const state = world.call<LiveState>('live.state', { meetingId: sj.id });
      return world.call<DecisionDetail>('decisions.propose', { meetingId: sj.id, itemId: state.agenda[1].id, text });
    },
  });
  return w;
}
