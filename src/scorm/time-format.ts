/** SCORM's time formats, which differ between versions. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return { hours, minutes, seconds };
}

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`. */
export function scorm12Timespan(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  if (hours > 9999) return '9999:59:59.99';
  return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime (time of day), `HH:MM:SS`, in the learner's local time. */
export function scorm12TimeOfDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as `PT1H2M3.45S`. */
export function iso8601Duration(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const s = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(2).replace(/0$/, '');
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${s}S`;
}

/**
 * SCORM 2004 time(second,10,0): an ISO 8601 timestamp in UTC. The data model only allows the
 * `Z` after fractional seconds, so they are kept.
 */
export function iso8601Timestamp(epochMs: number): string {
  return new Date(epochMs).toISOString();
}
