/** A JSON value, as the data files hold it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The parts of a generated JSON Schema node that the flattener and the data dictionary read. */
export type SchemaNode = {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  enum?: Json[];
  const?: Json;
  default?: Json;
  format?: string;
  pattern?: string;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
};

/** The alternatives of a node: those of a union, else the node itself. */
export const alternatives = (node: SchemaNode): SchemaNode[] => node.anyOf ?? [node];

/** An object with named fields (a record's value map is not one). */
export const hasFields = (node: SchemaNode): node is SchemaNode & { properties: Record<string, SchemaNode> } =>
  node.properties !== undefined;

/** A record: an object whose keys are data (citation keys, place ids), each holding the same kind of value. */
export const mapValue = (node: SchemaNode): SchemaNode | undefined =>
  node.properties === undefined && typeof node.additionalProperties === 'object'
    ? node.additionalProperties
    : undefined;

/** True for an array of objects, or a record: what a table of its own holds. */
export const isCollectionOfObjects = (node: SchemaNode): boolean => {
  const item = node.type === 'array' ? node.items : mapValue(node);
  return item !== undefined && alternatives(item).some((option) => hasFields(option) || mapValue(option) !== undefined);
};

/** The object at a key of a JSON value, or undefined. */
export const objectOf = (value: Json | undefined): { [key: string]: Json } | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
