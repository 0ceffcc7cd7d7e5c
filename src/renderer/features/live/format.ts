// How the live screens write running times: 4:05, 1:02:09, −0:12 (over a limit).

/** A duration as m:ss, or h:mm:ss from an hour; negative durations get a minus sign. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
  return negative ? `−${body}` : body;
}

/** Seconds (as from speakerSecondsLeft) as a clock. */
export const formatSeconds = (seconds: number): string => formatClock(seconds * 1000);
