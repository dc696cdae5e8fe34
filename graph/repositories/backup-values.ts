import neo4j from 'neo4j-driver';

/**
 * Neo4j property values to JSON and back without losing their type: numbers, strings, booleans
 * and lists as they are; temporal values as { $type, v: [fields] } so a restore writes the same
 * DateTime, Date or Duration (with its offset or zone) that was read.
 */
type Encoded = unknown;

/** A temporal value as the backup writes it (lib/domain/backup/backup-format.ts validates it on the way in). */
interface EncodedTemporal {
  $type: string;
  v: (number | string | null)[];
}

function isEncodedTemporal(value: object): value is EncodedTemporal {
  return '$type' in value && typeof value.$type === 'string' && 'v' in value && Array.isArray(value.v);
}

function encodeValue(value: unknown): Encoded {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value !== 'object') return value;
  const t = neo4j.types;
  if (neo4j.isInt(value)) return value.toNumber();
  if (value instanceof t.DateTime)
    return {
      $type: 'DateTime',
      v: [
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.nanosecond,
        value.timeZoneOffsetSeconds ?? null,
        value.timeZoneId ?? null,
      ].map(num),
    };
  if (value instanceof t.LocalDateTime)
    return { $type: 'LocalDateTime', v: [value.year, value.month, value.day, value.hour, value.minute, value.second, value.nanosecond].map(num) };
  if (value instanceof t.Date) return { $type: 'Date', v: [value.year, value.month, value.day].map(num) };
  if (value instanceof t.Time) return { $type: 'Time', v: [value.hour, value.minute, value.second, value.nanosecond, value.timeZoneOffsetSeconds].map(num) };
  if (value instanceof t.LocalTime) return { $type: 'LocalTime', v: [value.hour, value.minute, value.second, value.nanosecond].map(num) };
  if (value instanceof t.Duration) return { $type: 'Duration', v: [value.months, value.days, value.seconds, value.nanoseconds].map(num) };
  throw new Error(`A property value of an unsupported type cannot be backed up: ${Object.prototype.toString.call(value)}`);
}

function num(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (neo4j.isInt(v)) return v.toNumber();
  return typeof v === 'number' ? v : Number(v);
}

function decodeValue(value: Encoded): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (!isEncodedTemporal(value)) throw new Error('Unknown value type in backup');
  const { $type, v } = value;
  const n = (i: number) => Number(v[i]);
  const offset = v[7];
  const zone = v[8];
  const t = neo4j.types;
  switch ($type) {
    case 'DateTime':
      return new t.DateTime(
        n(0),
        n(1),
        n(2),
        n(3),
        n(4),
        n(5),
        n(6),
        typeof offset === 'number' ? offset : undefined,
        typeof zone === 'string' ? zone : undefined,
      );
    case 'LocalDateTime':
      return new t.LocalDateTime(n(0), n(1), n(2), n(3), n(4), n(5), n(6));
    case 'Date':
      return new t.Date(n(0), n(1), n(2));
    case 'Time':
      return new t.Time(n(0), n(1), n(2), n(3), n(4));
    case 'LocalTime':
      return new t.LocalTime(n(0), n(1), n(2), n(3));
    case 'Duration':
      return new t.Duration(n(0), n(1), n(2), n(3));
    default:
      throw new Error(`Unknown value type in backup: ${$type}`);
  }
}

export function encodeProps(props: Record<string, unknown>, keep: (key: string) => boolean = () => true): Record<string, Encoded> {
  return Object.fromEntries(
    Object.keys(props)
      .sort()
      .filter(keep)
      .map((k) => [k, encodeValue(props[k])]),
  );
}

export function decodeProps(props: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));
}
