import type { Result } from '../../../shared/errors';
import { invoke } from '../../api';
import type { DecisionsPort } from './model';

// The decisions channels, by name. Until the decisions contract lands (branch decisions-core) the
// names below are the renderer's proposal; invoke() is typed from the contract, so this file is the
// only one to change when the names or shapes settle.
const call =
  <I, O>(channel: string) =>
  (input: I): Promise<Result<O>> =>
    (invoke as unknown as (c: string, i: unknown) => Promise<Result<O>>)(channel, input);

type P = DecisionsPort;
type In<K extends keyof P> = Parameters<P[K]>[0];
type Out<K extends keyof P> = Awaited<ReturnType<P[K]>> extends Result<infer O> ? O : never;
const ch = <K extends keyof P>(channel: string) => call<In<K>, Out<K>>(channel) as P[K];

export const decisionsPort: DecisionsPort = {
  list: ch<'list'>('decisions.list'),
  get: ch<'get'>('decisions.get'),
  create: ch<'create'>('decisions.create'),
  consensus: ch<'consensus'>('decisions.consensus'),
  openNoObjection: ch<'openNoObjection'>('decisions.noObjection.open'),
  object: ch<'object'>('decisions.noObjection.object'),
  support: ch<'support'>('decisions.noObjection.support'),
  closeNoObjection: ch<'closeNoObjection'>('decisions.noObjection.close'),
  setupVote: ch<'setupVote'>('votes.setup'),
  recuse: ch<'recuse'>('votes.recuse'),
  proxy: ch<'proxy'>('votes.proxy'),
  openVote: ch<'openVote'>('votes.open'),
  castBallot: ch<'castBallot'>('votes.castBallot'),
  closeVote: ch<'closeVote'>('votes.close'),
  extendVote: ch<'extendVote'>('votes.extend'),
  annulVote: ch<'annulVote'>('votes.annul'),
  exportCalculation: ch<'exportCalculation'>('votes.export'),
  participation: ch<'participation'>('participation.report'),
};
