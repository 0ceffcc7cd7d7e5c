// The "Load example data" content: a LACRALO / ALAC directory and meetings drawn from the seeds
// (/work/shared/seeds). Set in early 2018, between the LACRALO mediation in Los Angeles
// (30 January – 1 February 2018, seed 002) and the ICANN61 meeting in San Juan (March 2018, seed 003).
//
// Every person and At-Large Structure here is FICTIONAL: none of the people named in the seeds
// appears, and e-mail addresses use the reserved example.org / example.net / example.com domains.
// The example is in English (user-entered content is never translated); proper names keep their
// own language.
//
// Records refer to each other by `key`; the loader (example.ts) turns keys into row ids.

import type { BodyKind } from '../../../shared/domain/directory/contract';

export type SubRegion = 'caribbean' | 'central_america' | 'south_america' | 'mexico';
export type Gender = 'female' | 'male';
export type MemberLanguage = 'en' | 'es' | 'fr' | 'pt';
export type AccreditationStatus = 'applied' | 'accredited' | 'suspended' | 'withdrawn' | 'decertified';
export type RoleName =
  | 'chair'
  | 'vice_chair'
  | 'secretary'
  | 'alac_member'
  | 'nomcom_delegate'
  | 'liaison'
  | 'als_representative'
  | 'ethics_committee_member';
export type AgendaKind = 'information' | 'discussion' | 'decision';

export interface ExampleBody {
  key: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  parent?: string;
  description: string;
}

export interface ExampleAls {
  key: string;
  name: string;
  country: string;
  ralo: string;
  status: AccreditationStatus;
  /** YYYY-MM-DD; kept for a suspended ALS (it was accredited on that date). */
  accreditedOn?: string;
}

export interface ExampleMember {
  key: string;
  name: string;
  email: string;
  phone?: string;
  fax?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** LAC sub-region; none for ALAC members from other regions. */
  subRegion?: SubRegion;
  /** The member's At-Large Structure; none for an individual member. */
  als?: string;
  /** Left out when the member did not say. */
  gender?: Gender;
  languages: MemberLanguage[];
  timeZone: string;
}

export interface ExampleRole {
  member: string;
  body: string;
  role: RoleName;
  startsOn: string;
  endsOn?: string;
}

export interface ExampleAgendaItem {
  title: string;
  presenter?: string;
  /** For an item with sub-items, 0: its time is the sum of its sub-items'. */
  minutes: number;
  kind: AgendaKind;
  items?: Omit<ExampleAgendaItem, 'items'>[];
}

export interface ExampleMeeting {
  key: string;
  body: string;
  title: string;
  kind: 'call' | 'face_to_face' | 'hybrid';
  /**
   * Wall-clock start in the meeting's own time zone: a fixed YYYY-MM-DDTHH:mm for the historical
   * meetings of the seeds, or `+N HH:mm` (N days after the example is loaded) for the follow-ups,
   * so that a new user finds upcoming meetings, and the next meeting to defer items to.
   */
  localStart: string;
  minutes: number;
  timeZone: string;
  location?: string;
  interpretation: ('en' | 'es' | 'fr')[];
  status: 'planned' | 'in_progress' | 'closed';
  agenda: ExampleAgendaItem[];
}

// ---------------------------------------------------------------------------------------------
// Bodies

export const BODIES: ExampleBody[] = [
  {
    key: 'alac',
    name: 'At-Large Advisory Committee',
    shortName: 'ALAC',
    kind: 'alac',
    description:
      'Fifteen members: two selected by each RALO and five appointed by the Nominating Committee, one per region. Advises ICANN on the interests of individual Internet users.',
  },
  { key: 'afralo', name: 'African Regional At-Large Organization', shortName: 'AFRALO', kind: 'ralo', description: 'At-Large Structures and individual members of the African region.' },
  {
    key: 'apralo',
    name: 'Asian, Australasian and Pacific Islands Regional At-Large Organization',
    shortName: 'APRALO',
    kind: 'ralo',
    description: 'At-Large Structures and individual members of the Asia, Australia and Pacific Islands region.',
  },
  { key: 'euralo', name: 'European Regional At-Large Organization', shortName: 'EURALO', kind: 'ralo', description: 'At-Large Structures and individual members of the European region.' },
  {
    key: 'lacralo',
    name: 'Latin American and Caribbean Islands Regional At-Large Organization',
    shortName: 'LACRALO',
    kind: 'ralo',
    description: 'At-Large Structures and individual members of Latin America and the Caribbean islands. Works in Spanish, English, Portuguese and French.',
  },
  { key: 'naralo', name: 'North American Regional At-Large Organization', shortName: 'NARALO', kind: 'ralo', description: 'At-Large Structures and individual members of North America.' },
  {
    key: 'lacralo-gwg',
    name: 'LACRALO Governance Working Group',
    shortName: 'LACRALO GWG',
    kind: 'working_group',
    parent: 'lacralo',
    description:
      'Revises the LACRALO Rules of Procedure after the Los Angeles mediation (30 January – 1 February 2018): fallback voting system, participation indicators, dispute resolution, and a Gantt chart of priorities.',
  },
  {
    key: 'lacralo-ethics',
    name: 'LACRALO Ethics Committee',
    shortName: 'LACRALO Ethics',
    kind: 'committee',
    parent: 'lacralo',
    description:
      'Receives conflict-of-interest declarations from candidates to leadership and representative positions, can require recusal, and can sanction bad-faith conduct, up to the loss of a leadership position.',
  },
  {
    key: 'smwg',
    name: 'At-Large Social Media Working Group',
    shortName: 'Social Media WG',
    kind: 'working_group',
    parent: 'alac',
    description: 'At-Large presence on social media: best practices, a social media coordinator in each RALO, content in several languages.',
  },
  {
    key: 'ttf',
    name: 'At-Large Technology Task Force',
    shortName: 'TTF',
    kind: 'working_group',
    parent: 'alac',
    description: 'How the technologies used at ICANN affect participants: remote-participation tools, alternatives to Adobe Connect, wiki design.',
  },
];

// ---------------------------------------------------------------------------------------------
// At-Large Structures (all in LACRALO). Argentina holds noticeably more than any other country.

export const ALSES: ExampleAls[] = [
  { key: 'ar-pampeana', name: 'Red Pampeana de Usuarios de Internet', country: 'AR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2009-05-14' },
  { key: 'ar-patagonia', name: 'Fundación Conectar Patagonia', country: 'AR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2012-11-02' },
  { key: 'ar-cordoba', name: 'Asociación Civil Ciudadanía Digital Córdoba', country: 'AR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2015-03-20' },
  { key: 'ar-cuyo', name: 'Colectivo Cuyo en Línea', country: 'AR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2017-08-09' },
  { key: 'ar-litoral', name: 'Centro de Estudios sobre Internet y Sociedad del Litoral', country: 'AR', ralo: 'lacralo', status: 'applied' },
  { key: 'br-cerrado', name: 'Associação Internautas do Cerrado', country: 'BR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2011-06-30' },
  { key: 'br-nordeste', name: 'Instituto Rede Cidadã Nordeste', country: 'BR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2016-10-12' },
  { key: 'mx', name: 'Asociación Mexicana de Usuarios de la Red Abierta', country: 'MX', ralo: 'lacralo', status: 'accredited', accreditedOn: '2010-02-18' },
  { key: 'co', name: 'Corporación Usuarios Digitales de Antioquia', country: 'CO', ralo: 'lacralo', status: 'accredited', accreditedOn: '2013-04-25' },
  { key: 'cl', name: 'Fundación Conectividad Austral', country: 'CL', ralo: 'lacralo', status: 'accredited', accreditedOn: '2014-09-01' },
  { key: 'pe', name: 'Asociación Peruana de Internautas Andinos', country: 'PE', ralo: 'lacralo', status: 'accredited', accreditedOn: '2012-07-16' },
  { key: 'uy', name: 'Asociación Uruguaya de Usuarios de Internet del Interior', country: 'UY', ralo: 'lacralo', status: 'accredited', accreditedOn: '2008-11-20' },
  { key: 'py', name: 'Asociación Usuarios de Internet del Paraguay', country: 'PY', ralo: 'lacralo', status: 'accredited', accreditedOn: '2015-12-03' },
  { key: 'bo', name: 'Red Boliviana de Acceso Comunitario', country: 'BO', ralo: 'lacralo', status: 'applied' },
  { key: 've', name: 'Asociación Venezolana de Internautas Independientes', country: 'VE', ralo: 'lacralo', status: 'suspended', accreditedOn: '2010-09-13' },
  { key: 'cr', name: 'Asociación Costarricense de Usuarios de Tecnologías Abiertas', country: 'CR', ralo: 'lacralo', status: 'accredited', accreditedOn: '2013-10-08' },
  { key: 'pa', name: 'Colectivo Istmeño por los Derechos Digitales', country: 'PA', ralo: 'lacralo', status: 'accredited', accreditedOn: '2016-03-15' },
  { key: 'do', name: 'Fundación Quisqueya en Red', country: 'DO', ralo: 'lacralo', status: 'accredited', accreditedOn: '2014-06-17' },
  { key: 'ht', name: 'Association Haïtienne des Internautes Solidaires', country: 'HT', ralo: 'lacralo', status: 'accredited', accreditedOn: '2011-03-09' },
  { key: 'tt', name: 'Caribbean Netizens Collective of Trinidad and Tobago', country: 'TT', ralo: 'lacralo', status: 'accredited', accreditedOn: '2017-02-14' },
];

// ---------------------------------------------------------------------------------------------
// Members: LACRALO members from ALSes or individual, and ALAC members from the other regions.

export const MEMBERS: ExampleMember[] = [
  // South America
  {
    key: 'valeria',
    name: 'Valeria Irigoyen',
    email: 'valeria.irigoyen@example.org',
    phone: '+54 11 4555 0142',
    fax: '+54 11 4555 0143',
    country: 'AR',
    subRegion: 'south_america',
    als: 'ar-pampeana',
    gender: 'female',
    languages: ['es', 'en', 'pt'],
    timeZone: 'America/Argentina/Buenos_Aires',
  },
  {
    key: 'hernan',
    name: 'Hernán Lucero',
    email: 'hernan.lucero@example.org',
    phone: '+54 351 555 0114',
    country: 'AR',
    subRegion: 'south_america',
    als: 'ar-cordoba',
    gender: 'male',
    languages: ['es', 'en'],
    timeZone: 'America/Argentina/Cordoba',
  },
  {
    key: 'florencia',
    name: 'Florencia Tamborini',
    email: 'florencia.tamborini@example.com',
    phone: '+54 261 555 0158',
    country: 'AR',
    subRegion: 'south_america',
    als: 'ar-cuyo',
    gender: 'female',
    languages: ['es', 'en', 'pt'],
    timeZone: 'America/Argentina/Mendoza',
  },
  {
    key: 'matias',
    name: 'Matías Olmedo',
    email: 'matias.olmedo@example.net',
    country: 'AR',
    subRegion: 'south_america',
    als: 'ar-patagonia',
    languages: ['es', 'en'],
    timeZone: 'America/Argentina/Rio_Gallegos',
  },
  {
    key: 'paula',
    name: 'Paula Sandoval',
    email: 'paula.sandoval@example.org',
    phone: '+54 342 555 0129',
    country: 'AR',
    subRegion: 'south_america',
    als: 'ar-litoral',
    gender: 'female',
    languages: ['es'],
    timeZone: 'America/Argentina/Cordoba',
  },
  {
    key: 'joaquim',
    name: 'Joaquim Ferreira da Silva',
    email: 'joaquim.silva@example.com',
    phone: '+55 61 5555 0110',
    country: 'BR',
    subRegion: 'south_america',
    als: 'br-cerrado',
    gender: 'male',
    languages: ['pt', 'es', 'en'],
    timeZone: 'America/Sao_Paulo',
  },
  {
    key: 'renata',
    name: 'Renata Albuquerque',
    email: 'renata.albuquerque@example.com',
    phone: '+55 81 5555 0133',
    country: 'BR',
    subRegion: 'south_america',
    als: 'br-nordeste',
    gender: 'female',
    languages: ['pt', 'en'],
    timeZone: 'America/Recife',
  },
  {
    key: 'thiago',
    name: 'Thiago Nascimento',
    email: 'thiago.nascimento@example.org',
    country: 'BR',
    subRegion: 'south_america',
    gender: 'male',
    languages: ['pt', 'en'],
    timeZone: 'America/Manaus',
  },
  {
    key: 'andres',
    name: 'Andrés Felipe Montoya',
    email: 'andres.montoya@example.net',
    phone: '+57 4 555 0167',
    country: 'CO',
    subRegion: 'south_america',
    als: 'co',
    gender: 'male',
    languages: ['es', 'en'],
    timeZone: 'America/Bogota',
  },
  {
    key: 'camila',
    name: 'Camila Sepúlveda Rojas',
    email: 'camila.sepulveda@example.org',
    phone: '+56 2 2555 0154',
    country: 'CL',
    subRegion: 'south_america',
    als: 'cl',
    gender: 'female',
    languages: ['es', 'en', 'fr'],
    timeZone: 'America/Santiago',
  },
  {
    key: 'rodrigo',
    name: 'Rodrigo Huamán Quispe',
    email: 'rodrigo.huaman@example.net',
    phone: '+51 1 555 0188',
    country: 'PE',
    subRegion: 'south_america',
    als: 'pe',
    gender: 'male',
    languages: ['es'],
    timeZone: 'America/Lima',
  },
  {
    key: 'tomas',
    name: 'Tomás Echeverría',
    email: 'tomas.echeverria@example.org',
    phone: '+598 2 555 0178',
    country: 'UY',
    subRegion: 'south_america',
    als: 'uy',
    gender: 'male',
    languages: ['es', 'en', 'pt'],
    timeZone: 'America/Montevideo',
  },
  {
    key: 'nicolas',
    name: 'Nicolás Ferrando',
    email: 'nicolas.ferrando@example.com',
    phone: '+598 2 555 0196',
    country: 'UY',
    subRegion: 'south_america',
    gender: 'male',
    languages: ['es', 'en', 'fr'],
    timeZone: 'America/Montevideo',
  },
  {
    key: 'ana',
    name: 'Ana Lucía Benítez',
    email: 'ana.benitez@example.net',
    phone: '+595 21 555 0190',
    country: 'PY',
    subRegion: 'south_america',
    als: 'py',
    gender: 'female',
    languages: ['es', 'en'],
    timeZone: 'America/Asuncion',
  },
  {
    key: 'gabriela',
    name: 'Gabriela Arce Villarroel',
    email: 'gabriela.arce@example.org',
    country: 'BO',
    subRegion: 'south_america',
    als: 'bo',
    gender: 'female',
    languages: ['es'],
    timeZone: 'America/La_Paz',
  },
  {
    key: 'esteban',
    name: 'Esteban Andrade Cevallos',
    email: 'esteban.andrade@example.com',
    phone: '+593 2 255 0106',
    country: 'EC',
    subRegion: 'south_america',
    gender: 'male',
    languages: ['es', 'en'],
    timeZone: 'America/Guayaquil',
  },
  {
    key: 'daniela',
    name: 'Daniela Salcedo',
    email: 'daniela.salcedo@example.net',
    country: 'VE',
    subRegion: 'south_america',
    als: 've',
    languages: ['es', 'en'],
    timeZone: 'America/Caracas',
  },
  // Mexico
  {
    key: 'marisol',
    name: 'Marisol Cuevas Arriaga',
    email: 'marisol.cuevas@example.org',
    phone: '+52 55 5555 0121',
    fax: '+52 55 5555 0122',
    country: 'MX',
    subRegion: 'mexico',
    als: 'mx',
    gender: 'female',
    languages: ['es', 'en'],
    timeZone: 'America/Mexico_City',
  },
  // Central America
  {
    key: 'luisdiego',
    name: 'Luis Diego Solano Vargas',
    email: 'luisdiego.solano@example.org',
    phone: '+506 2555 0119',
    fax: '+506 2555 0120',
    country: 'CR',
    subRegion: 'central_america',
    als: 'cr',
    gender: 'male',
    languages: ['es', 'en'],
    timeZone: 'America/Costa_Rica',
  },
  {
    key: 'itzel',
    name: 'Itzel Batista Herrera',
    email: 'itzel.batista@example.com',
    phone: '+507 555 0147',
    country: 'PA',
    subRegion: 'central_america',
    als: 'pa',
    gender: 'female',
    languages: ['es', 'en'],
    timeZone: 'America/Panama',
  },
  {
    key: 'jorge',
    name: 'Jorge Eliécer Pacheco',
    email: 'jorge.pacheco@example.org',
    phone: '+502 2555 0137',
    country: 'GT',
    subRegion: 'central_america',
    gender: 'male',
    languages: ['es'],
    timeZone: 'America/Guatemala',
  },
  {
    key: 'yolanda',
    name: 'Yolanda Mejía Castro',
    email: 'yolanda.mejia@example.net',
    country: 'HN',
    subRegion: 'central_america',
    languages: ['es', 'en'],
    timeZone: 'America/Tegucigalpa',
  },
  {
    key: 'karla',
    name: 'Karla Morales Rivas',
    email: 'karla.morales@example.com',
    phone: '+503 2555 0115',
    country: 'SV',
    subRegion: 'central_america',
    gender: 'female',
    languages: ['es'],
    timeZone: 'America/El_Salvador',
  },
  // Caribbean
  {
    key: 'rafael',
    name: 'Rafael Peña Almonte',
    email: 'rafael.pena@example.org',
    phone: '+1 809 555 0163',
    country: 'DO',
    subRegion: 'caribbean',
    als: 'do',
    gender: 'male',
    languages: ['es', 'en'],
    timeZone: 'America/Santo_Domingo',
  },
  {
    key: 'marieclaude',
    name: 'Marie-Claude Joseph',
    email: 'marieclaude.joseph@example.net',
    phone: '+509 2555 0131',
    fax: '+509 2555 0132',
    country: 'HT',
    subRegion: 'caribbean',
    als: 'ht',
    gender: 'female',
    languages: ['fr', 'en', 'es'],
    timeZone: 'America/Port-au-Prince',
  },
  {
    key: 'kendall',
    name: 'Kendall Ramsaran',
    email: 'kendall.ramsaran@example.org',
    phone: '+1 868 555 0175',
    country: 'TT',
    subRegion: 'caribbean',
    als: 'tt',
    gender: 'male',
    languages: ['en', 'es'],
    timeZone: 'America/Port_of_Spain',
  },
  {
    key: 'shanice',
    name: 'Shanice Whitfield',
    email: 'shanice.whitfield@example.com',
    phone: '+1 876 555 0182',
    country: 'JM',
    subRegion: 'caribbean',
    gender: 'female',
    languages: ['en'],
    timeZone: 'America/Jamaica',
  },
  // ALAC members from the other regions
  {
    key: 'graham',
    name: 'Graham Whitcombe',
    email: 'graham.whitcombe@example.com',
    phone: '+1 613 555 0101',
    country: 'CA',
    gender: 'male',
    languages: ['en', 'fr'],
    timeZone: 'America/Toronto',
  },
  {
    key: 'linda',
    name: 'Linda Kowalski',
    email: 'linda.kowalski@example.org',
    phone: '+1 202 555 0171',
    country: 'US',
    gender: 'female',
    languages: ['en', 'es'],
    timeZone: 'America/New_York',
  },
  {
    key: 'helene',
    name: 'Hélène Marchetti',
    email: 'helene.marchetti@example.org',
    phone: '+33 1 55 55 01 44',
    fax: '+33 1 55 55 01 45',
    country: 'FR',
    gender: 'female',
    languages: ['fr', 'en', 'es'],
    timeZone: 'Europe/Paris',
  },
  {
    key: 'aissatou',
    name: 'Aïssatou Ndiaye',
    email: 'aissatou.ndiaye@example.net',
    phone: '+221 33 555 0107',
    country: 'SN',
    gender: 'female',
    languages: ['fr', 'en'],
    timeZone: 'Africa/Dakar',
  },
  {
    key: 'rohan',
    name: 'Rohan Mehta',
    email: 'rohan.mehta@example.com',
    phone: '+91 22 5555 0193',
    country: 'IN',
    gender: 'male',
    languages: ['en'],
    timeZone: 'Asia/Kolkata',
  },
];

// ---------------------------------------------------------------------------------------------
// Roles held in bodies. Terms start at an annual general meeting (e.g. ICANN57, 7 November 2016;
// ICANN60, 3 November 2017); a role without `endsOn` is current.

export const ROLES: ExampleRole[] = [
  // LACRALO leadership
  { member: 'valeria', body: 'lacralo', role: 'chair', startsOn: '2016-11-07' },
  { member: 'nicolas', body: 'lacralo', role: 'chair', startsOn: '2014-10-16', endsOn: '2016-11-07' },
  { member: 'tomas', body: 'lacralo', role: 'secretary', startsOn: '2016-11-07' },
  { member: 'rodrigo', body: 'lacralo', role: 'secretary', startsOn: '2014-10-16', endsOn: '2016-11-07' },
  { member: 'andres', body: 'lacralo', role: 'nomcom_delegate', startsOn: '2017-11-03' },
  { member: 'ana', body: 'lacralo', role: 'nomcom_delegate', startsOn: '2016-11-07', endsOn: '2017-11-03' },
  // LACRALO ALS representatives (on or after their ALS's accreditation)
  { member: 'valeria', body: 'lacralo', role: 'als_representative', startsOn: '2009-06-01' },
  { member: 'hernan', body: 'lacralo', role: 'als_representative', startsOn: '2015-04-01' },
  { member: 'florencia', body: 'lacralo', role: 'als_representative', startsOn: '2017-09-01' },
  { member: 'matias', body: 'lacralo', role: 'als_representative', startsOn: '2016-02-01' },
  { member: 'joaquim', body: 'lacralo', role: 'als_representative', startsOn: '2011-07-15' },
  { member: 'renata', body: 'lacralo', role: 'als_representative', startsOn: '2016-11-01' },
  { member: 'andres', body: 'lacralo', role: 'als_representative', startsOn: '2013-05-10' },
  { member: 'camila', body: 'lacralo', role: 'als_representative', startsOn: '2014-09-15' },
  { member: 'rodrigo', body: 'lacralo', role: 'als_representative', startsOn: '2012-08-01' },
  { member: 'tomas', body: 'lacralo', role: 'als_representative', startsOn: '2012-03-01' },
  { member: 'ana', body: 'lacralo', role: 'als_representative', startsOn: '2016-01-10' },
  { member: 'daniela', body: 'lacralo', role: 'als_representative', startsOn: '2014-05-20', endsOn: '2017-09-30' },
  { member: 'marisol', body: 'lacralo', role: 'als_representative', startsOn: '2010-03-01' },
  { member: 'luisdiego', body: 'lacralo', role: 'als_representative', startsOn: '2013-11-01' },
  { member: 'itzel', body: 'lacralo', role: 'als_representative', startsOn: '2016-04-01' },
  { member: 'marieclaude', body: 'lacralo', role: 'als_representative', startsOn: '2011-04-01' },
  { member: 'kendall', body: 'lacralo', role: 'als_representative', startsOn: '2017-03-01' },
  // ALAC: chair, vice-chair, members (two selected by each RALO and one NomCom appointee per region;
  // only some are listed). From LACRALO: Joaquim and Marisol (selected), Rafael (NomCom appointee).
  { member: 'graham', body: 'alac', role: 'chair', startsOn: '2016-11-07' },
  { member: 'helene', body: 'alac', role: 'vice_chair', startsOn: '2017-11-03' },
  { member: 'graham', body: 'alac', role: 'alac_member', startsOn: '2013-11-21' },
  { member: 'linda', body: 'alac', role: 'alac_member', startsOn: '2017-11-03' },
  { member: 'helene', body: 'alac', role: 'alac_member', startsOn: '2015-10-22' },
  { member: 'aissatou', body: 'alac', role: 'alac_member', startsOn: '2016-11-07' },
  { member: 'rohan', body: 'alac', role: 'alac_member', startsOn: '2017-11-03' },
  { member: 'joaquim', body: 'alac', role: 'alac_member', startsOn: '2015-10-22' },
  { member: 'marisol', body: 'alac', role: 'alac_member', startsOn: '2016-11-07' },
  { member: 'rafael', body: 'alac', role: 'alac_member', startsOn: '2017-11-03' },
  { member: 'esteban', body: 'alac', role: 'alac_member', startsOn: '2013-11-21', endsOn: '2015-10-22' },
  { member: 'rafael', body: 'alac', role: 'liaison', startsOn: '2017-11-03' },
  // At-Large Social Media Working Group: a social media coordinator per RALO acts as liaison
  { member: 'rohan', body: 'smwg', role: 'chair', startsOn: '2017-03-11' },
  { member: 'renata', body: 'smwg', role: 'liaison', startsOn: '2018-01-15' },
  { member: 'shanice', body: 'smwg', role: 'liaison', startsOn: '2016-06-27', endsOn: '2017-12-31' },
  // At-Large Technology Task Force
  { member: 'kendall', body: 'ttf', role: 'chair', startsOn: '2016-06-27' },
  { member: 'linda', body: 'ttf', role: 'vice_chair', startsOn: '2017-03-11' },
  // LACRALO Governance Working Group
  { member: 'hernan', body: 'lacralo-gwg', role: 'chair', startsOn: '2017-06-26' },
  { member: 'itzel', body: 'lacralo-gwg', role: 'vice_chair', startsOn: '2017-06-26' },
  { member: 'florencia', body: 'lacralo-gwg', role: 'secretary', startsOn: '2018-02-15' },
  // LACRALO Ethics Committee, set up after the Los Angeles mediation
  { member: 'luisdiego', body: 'lacralo-ethics', role: 'chair', startsOn: '2018-02-26' },
  { member: 'luisdiego', body: 'lacralo-ethics', role: 'ethics_committee_member', startsOn: '2018-02-26' },
  { member: 'camila', body: 'lacralo-ethics', role: 'ethics_committee_member', startsOn: '2018-02-26' },
  { member: 'marieclaude', body: 'lacralo-ethics', role: 'ethics_committee_member', startsOn: '2018-02-26' },
  { member: 'jorge', body: 'lacralo-ethics', role: 'ethics_committee_member', startsOn: '2018-02-26' },
];

// ---------------------------------------------------------------------------------------------
// Meetings and agendas

export const MEETINGS: ExampleMeeting[] = [
  // The Governance Committee met "in 15 days" after Los Angeles (seed 002).
  {
    key: 'gwg-feb',
    body: 'lacralo-gwg',
    title: 'Governance Working Group: after Los Angeles',
    kind: 'call',
    localStart: '2018-02-15T19:00',
    minutes: 60,
    timeZone: 'America/Argentina/Cordoba',
    location: 'Adobe Connect – LACRALO room',
    interpretation: ['es', 'en'],
    status: 'closed',
    agenda: [
      { title: 'Roll call and adoption of the agenda', presenter: 'Florencia Tamborini', minutes: 5, kind: 'information' },
      { title: 'Summary of the Los Angeles mediation outcomes', presenter: 'Hernán Lucero', minutes: 15, kind: 'information' },
      {
        title: 'Participation of ALSes',
        minutes: 0,
        kind: 'discussion',
        items: [
          { title: 'Defining "participation": member vs. representative', presenter: 'Itzel Batista Herrera', minutes: 10, kind: 'discussion' },
          { title: 'Expectations for individual members vs. ALSes', presenter: 'Hernán Lucero', minutes: 10, kind: 'discussion' },
        ],
      },
      { title: 'Postponing the elections to May', presenter: 'Valeria Irigoyen', minutes: 15, kind: 'decision' },
      { title: 'Next steps and any other business', presenter: 'Hernán Lucero', minutes: 5, kind: 'information' },
    ],
  },
  // Seed 003: the working session in San Juan, 15:15–16:45 AST (UTC−4, no daylight saving time).
  {
    key: 'san-juan',
    body: 'alac',
    title: 'Regional leaders and ALAC: working session, part 4',
    kind: 'face_to_face',
    localStart: '2018-03-10T15:15',
    minutes: 90,
    timeZone: 'America/Puerto_Rico',
    location: 'San Juan, Puerto Rico',
    interpretation: ['en', 'es', 'fr'],
    status: 'planned',
    agenda: [
      { title: 'Welcome and agenda', presenter: 'Graham Whitcombe (ALAC Chair)', minutes: 5, kind: 'information' },
      {
        title: 'Working group updates',
        minutes: 0,
        kind: 'information',
        items: [
          { title: 'Social Media Working Group: membership reconfirmation', presenter: 'Rohan Mehta', minutes: 5, kind: 'information' },
          { title: 'Technology Task Force: alternatives to Adobe Connect, wiki design', presenter: 'Kendall Ramsaran', minutes: 5, kind: 'information' },
          { title: 'Working groups being relaunched: call for members', presenter: 'At-Large staff', minutes: 5, kind: 'information' },
        ],
      },
      {
        title: 'Budget and financing',
        minutes: 0,
        kind: 'discussion',
        items: [
          { title: 'Additional budget requests and the FY19 financial plan', presenter: 'Graham Whitcombe (ALAC Chair)', minutes: 10, kind: 'information' },
          { title: 'Reserve fund replenishment strategy (public comment closes 21 April)', presenter: 'Tomás Echeverría', minutes: 10, kind: 'discussion' },
        ],
      },
      { title: 'New gTLDs: subsequent procedures', presenter: 'Marisol Cuevas Arriaga', minutes: 15, kind: 'discussion' },
      { title: 'Social media: what do we want to achieve?', presenter: 'Rohan Mehta', minutes: 15, kind: 'discussion' },
      { title: 'Technical working group and CPWG', presenter: 'Joaquim Ferreira da Silva', minutes: 15, kind: 'discussion' },
      { title: 'Any other business and close', presenter: 'Graham Whitcombe (ALAC Chair)', minutes: 5, kind: 'information' },
    ],
  },
  // Follow-up for LACRALO: its monthly call, at 20:00 in Montevideo (23:00 UTC).
  {
    key: 'lacralo-march',
    body: 'lacralo',
    title: 'LACRALO monthly call',
    kind: 'call',
    localStart: '+9 20:00',
    minutes: 60,
    timeZone: 'America/Montevideo',
    location: 'Adobe Connect – LACRALO room',
    interpretation: ['es', 'en', 'fr'],
    status: 'planned',
    agenda: [
      { title: 'Roll call and adoption of the agenda', presenter: 'Tomás Echeverría', minutes: 5, kind: 'information' },
      {
        title: 'Report back from ICANN61 San Juan',
        minutes: 0,
        kind: 'information',
        items: [
          { title: 'Regional leaders and ALAC working session', presenter: 'Valeria Irigoyen', minutes: 10, kind: 'information' },
          { title: 'ALAC members from LACRALO', presenter: 'Joaquim Ferreira da Silva', minutes: 5, kind: 'information' },
        ],
      },
      { title: 'Reserve fund replenishment: does LACRALO comment? (closes 21 April)', presenter: 'Marisol Cuevas Arriaga', minutes: 10, kind: 'decision' },
      { title: 'Governance Working Group: voting system before the May elections', presenter: 'Hernán Lucero', minutes: 15, kind: 'discussion' },
      { title: 'LACRALO social media coordinator', presenter: 'Renata Albuquerque', minutes: 5, kind: 'decision' },
      { title: 'Ethics Committee: conflict-of-interest declarations', presenter: 'Luis Diego Solano Vargas', minutes: 5, kind: 'information' },
      { title: 'Any other business', presenter: 'Valeria Irigoyen', minutes: 5, kind: 'information' },
    ],
  },
  // Follow-up of San Juan for the same body: the ALAC monthly call.
  {
    key: 'alac-march',
    body: 'alac',
    title: 'ALAC monthly call',
    kind: 'call',
    localStart: '+10 19:00',
    minutes: 60,
    timeZone: 'UTC',
    location: 'Adobe Connect – ALAC room',
    interpretation: ['en', 'es', 'fr'],
    status: 'planned',
    agenda: [
      { title: 'Roll call and adoption of the agenda', presenter: 'At-Large staff', minutes: 5, kind: 'information' },
      { title: 'Action items from ICANN61', presenter: 'Graham Whitcombe (ALAC Chair)', minutes: 10, kind: 'information' },
      { title: 'Reserve fund replenishment: ALAC statement (public comment closes 21 April)', presenter: 'Tomás Echeverría', minutes: 15, kind: 'decision' },
      { title: 'New gTLDs and CPWG items held over from San Juan', presenter: 'Marisol Cuevas Arriaga', minutes: 15, kind: 'discussion' },
      { title: 'Social media coordinators in each RALO', presenter: 'Rohan Mehta', minutes: 10, kind: 'decision' },
      { title: 'Any other business', presenter: 'Graham Whitcombe (ALAC Chair)', minutes: 5, kind: 'information' },
    ],
  },
  // Seed 002's next steps, before the May elections.
  {
    key: 'gwg-april',
    body: 'lacralo-gwg',
    title: 'Governance Working Group: Rules of Procedure priorities',
    kind: 'call',
    localStart: '+24 19:00',
    minutes: 90,
    timeZone: 'America/Argentina/Cordoba',
    location: 'Adobe Connect – LACRALO room',
    interpretation: ['es', 'en'],
    status: 'planned',
    agenda: [
      { title: 'Roll call and adoption of the agenda', presenter: 'Florencia Tamborini', minutes: 5, kind: 'information' },
      { title: 'Gantt chart of priorities for the next steps', presenter: 'Hernán Lucero', minutes: 15, kind: 'discussion' },
      {
        title: 'Voting system',
        minutes: 0,
        kind: 'decision',
        items: [
          { title: 'Consensus first, with a fallback vote', presenter: 'Itzel Batista Herrera', minutes: 10, kind: 'discussion' },
          { title: 'National weightings and a rotation of nationalities', presenter: 'Itzel Batista Herrera', minutes: 10, kind: 'discussion' },
          { title: 'Adopt the proposal for the May elections', presenter: 'Hernán Lucero', minutes: 5, kind: 'decision' },
        ],
      },
      { title: 'Participation indicators for ALSes and individual members', presenter: 'Ana Lucía Benítez', minutes: 15, kind: 'discussion' },
      { title: 'Dispute resolution by an independent arbiter: costs and the current ombudsman', presenter: 'Luis Diego Solano Vargas', minutes: 15, kind: 'discussion' },
      { title: 'Council of elders: monthly policy mentoring', presenter: 'Nicolás Ferrando', minutes: 10, kind: 'information' },
      { title: 'Any other business', presenter: 'Hernán Lucero', minutes: 5, kind: 'information' },
    ],
  },
];
