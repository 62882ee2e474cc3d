import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON values: Neo4j Integers become numbers (throwing if one would lose
 * precision), temporal and spatial values become strings, nodes become their properties. Applied once, where rows
 * leave the data layer, so nothing above it ever sees a driver type.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`integer ${value.toString()} exceeds 2^53`);
    return value.toNumber();
  }
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps (by far the most common object in a result) first: the driver builds them as plain objects, and the nine
  // type checks below cost more than the copy for each of the thousands of maps in a big answer.
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return plainMap(value as Record<string, unknown>);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return plainMap(value.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in value) if (Object.hasOwn(value, k)) out[k] = toPlain(value[k]);
  return out;
}

/**
 * Prepares parameters for the driver: whole numbers become Neo4j Integers. The driver sends every JS number as a
 * float, which would store 60% as 60.0 and make `LIMIT $first` fail.
 */
export function toParams<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map(toParams) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out as T;
  }
  return value;
}
