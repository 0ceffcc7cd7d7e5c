import type { ExampleSummary } from '../../../shared/domain/app/contract';
import { DomainError } from '../../../shared/errors';
import type { Ctx } from '../../db/repo';

/** Fills a fresh database with the LACRALO / ALAC example drawn from the seeds. */
export function loadExampleData(_ctx: Ctx): ExampleSummary {
  throw new DomainError('internal', 'Example data is not written yet');
}
