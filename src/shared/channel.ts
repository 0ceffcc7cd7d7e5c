import type { z } from 'zod';

/** One channel of the contract: a strict zod input schema and the output type (phantom). */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  output: O;
}

/** `channel<Output>()(inputSchema)`: the output type is named, the input is inferred from the schema. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input, output: undefined as O });

export type ChannelMap = Record<string, ChannelDef>;
