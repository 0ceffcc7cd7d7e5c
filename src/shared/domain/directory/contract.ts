import { z } from 'zod';
import { channel } from '../../channel';
import type { RowMeta } from '../common';

// Directory channels. The directory capability owns this file and extends it.

export const BODY_KINDS = ['alac', 'ralo', 'working_group', 'committee', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface Body extends RowMeta {
  name: string;
  shortName: string;
  kind: BodyKind;
  parentId: string | null;
  description: string | null;
}

export const directoryChannels = {
  'bodies.list': channel<Body[]>()(z.strictObject({ includeArchived: z.boolean().optional() })),
};
