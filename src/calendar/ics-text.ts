/**
 * The RFC 5545 content-line layer: TEXT escaping (§3.3.11), parameter quoting (§3.2 with the
 * RFC 6868 caret encoding), date-time forms (§3.3.5) and folding at 75 octets (§3.1).
 */
import { fromWallMs, wallTime, type WallTime } from './zone.js';

/** Control characters TEXT may not hold (all but HTAB; line breaks are escaped before this). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other controls become spaces. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, ' ');
}

/**
 * A parameter value (such as `CN`), always quoted: RFC 6868 encodes `^`, `"` and line breaks as
 * `^^`, `^'` and `^n`, which ical.js, Thunderbird and Apple Calendar read back.
 */
export function quoteParam(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(CONTROL, ' ');
  return `"${encoded}"`;
}

/** A parameter value that is quoted only when it holds a character `paramtext` does not allow. */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[^";:,\u0000-\u001f\u007f]*$/.test(value) ? value : quoteParam(value);
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function basic(w: WallTime): string {
  return `${String(w.year).padStart(4, '0')}${two(w.month)}${two(w.day)}T${two(w.hour)}${two(w.minute)}${two(w.second)}`;
}

/** `YYYYMMDDTHHMMSSZ` for an instant. */
export function utcStamp(ms: number): string {
  return `${basic(fromWallMs(Math.floor(ms / 1000) * 1000))}Z`;
}

/** `YYYYMMDDTHHMMSS`, the wall time at `ms` in `timeZone` (for a `TZID=` value). */
export function localStamp(ms: number, timeZone: string): string {
  return basic(wallTime(Math.floor(ms / 1000) * 1000, timeZone));
}

/** `YYYYMMDDTHHMMSS` for the wall time `ms` minutes east of UTC reads (for VTIMEZONE onsets). */
export function offsetStamp(ms: number, offsetMinutes: number): string {
  return basic(fromWallMs(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000));
}

/** `+HHMM` / `-HHMM` for an offset in minutes. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${two(Math.floor(m / 60))}${two(m % 60)}`;
}

const encoder = new TextEncoder();

/**
 * One content line folded so no line exceeds 75 octets of UTF-8: continuation lines begin with a
 * space. It cuts between code points, so a Japanese character or an emoji is never split.
 */
export function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Content lines joined with CRLF, each folded, with the final CRLF RFC 5545 requires. */
export function serialize(lines: readonly string[]): string {
  return lines.map(fold).join('\r\n') + '\r\n';
}
