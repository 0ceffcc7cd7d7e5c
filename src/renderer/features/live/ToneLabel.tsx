import { useTranslation } from 'react-i18next';
import type { TimeTone } from '../../../shared/domain/live/time';
import { formatClock } from './format';

const ICON: Record<TimeTone, string> = { ok: '●', near: '◔', over: '▲' };

/** How an item stands against its plan, in words and an icon (the colour only repeats it). */
export function ToneLabel({ tone, overMs }: { tone: TimeTone; overMs: number }) {
  const { t } = useTranslation('live');
  return (
    <span className={`tone-label tone-${tone}`} data-testid="tone-label" data-tone={tone}>
      <span aria-hidden="true">{ICON[tone]} </span>
      {tone === 'over' ? t('tone.over', { time: formatClock(overMs) }) : t(`tone.${tone}`)}
    </span>
  );
}
