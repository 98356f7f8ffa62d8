/** Milliseconds of an ISO date-time, fast for the shape Taiwa writes. */
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Milliseconds of an ISO date-time: a hand parser for the usual shape, `Date.parse` otherwise. */
export function parseTime(s: string): number {
  if (typeof s !== 'string') return 0;
  if (
    s.length >= 20 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58
  ) {
    let i = 19;
    let ms = 0;
    if (s.charCodeAt(i) === 46) {
      let scale = 100;
      for (i++; i < s.length; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
      }
    }
    const sign = s.charCodeAt(i);
    let offset = 0;
    if (sign === 43 || sign === 45) {
      offset = (digit(s, i + 1) * 10 + digit(s, i + 2)) * 60 + digit(s, i + 4) * 10 + digit(s, i + 5);
      if (sign === 43) offset = -offset;
    } else if (sign !== 90 && sign !== 122) {
      const t = Date.parse(s);
      return t === t ? t : 0;
    }
    const days = daysFromCivil(
      digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3),
      digit(s, 5) * 10 + digit(s, 6),
      digit(s, 8) * 10 + digit(s, 9),
    );
    const hms = (digit(s, 11) * 10 + digit(s, 12)) * 3600 + (digit(s, 14) * 10 + digit(s, 15)) * 60 + digit(s, 17) * 10 + digit(s, 18);
    const t = (days * 86400 + hms) * 1000 + ms + offset * 60000;
    if (t === t) return t;
  }
  const t = Date.parse(s);
  return t === t ? t : 0;
}
