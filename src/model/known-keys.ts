/**
 * The keys the course schema allows at a place in a course file, read from the generated JSON
 * Schema (the same one editors use), so that an unknown key can be matched to the one meant.
 */
import { courseJsonSchema } from './schema.ts';

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

let schema: Json | undefined;

/** The branches of a union node, narrowed to the one whose `type` matches the value when it can. */
function variants(node: Json, value: unknown): Json[] {
  const union = node.oneOf ?? node.anyOf;
  if (!Array.isArray(union)) return [node];
  const branches = union.filter(isObject).flatMap((branch) => variants(branch, value));
  const type = isObject(value) ? value.type : undefined;
  const chosen = branches.filter((branch) => {
    const property = isObject(branch.properties) ? branch.properties.type : undefined;
    return isObject(property) && property.const === type;
  });
  return chosen.length > 0 ? chosen : branches;
}

function child(node: Json, segment: PropertyKey): unknown {
  if (typeof segment === 'number') return node.items;
  return isObject(node.properties) ? node.properties[String(segment)] : undefined;
}

/** The allowed keys of the mapping at `path` in `root` (the parsed course file). */
export function knownKeys(root: unknown, path: readonly PropertyKey[]): string[] {
  schema ??= courseJsonSchema();
  let nodes: Json[] = [schema];
  let value = root;
  for (const segment of path) {
    nodes = nodes.flatMap((node) => variants(node, value)).map((node) => child(node, segment)).filter(isObject);
    value = isObject(value) || Array.isArray(value) ? Reflect.get(value, segment) : undefined;
  }
  const keys = nodes.flatMap((node) => variants(node, value)).flatMap((node) => (isObject(node.properties) ? Object.keys(node.properties) : []));
  return [...new Set(keys)].filter((key) => key !== '$schema');
}
