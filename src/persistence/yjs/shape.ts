/**
 * How a workspace is laid out in its shared document, field by field. This table decides what two
 * tabs (or, later, two people in a triage room) can change at once without losing either edit:
 *
 * - text: typed by people; merged character by character.
 * - record / dict: each field merges on its own.
 * - list: items are added and removed on their own; items with a key are matched by it.
 * - atom: anything else; replaced whole, the later write wins.
 *
 * A field the table does not name is an atom, so a field added later is kept, never dropped.
 */
export type Shape =
  | { readonly kind: 'atom' }
  | { readonly kind: 'text' }
  | { readonly kind: 'record'; readonly fields: Readonly<Record<string, Shape>> }
  | { readonly kind: 'dict'; readonly value: Shape }
  | { readonly kind: 'list'; readonly item: Shape; readonly key?: string };

export const atom: Shape = { kind: 'atom' };
export const text: Shape = { kind: 'text' };
export const record = (fields: Record<string, Shape>): Shape => ({ kind: 'record', fields });
export const dict = (value: Shape): Shape => ({ kind: 'dict', value });
export const list = (item: Shape, key?: string): Shape => (key ? { kind: 'list', item, key } : { kind: 'list', item });

const clause = record({ subject: text, assumed: text, actual: text, evidence: text });

export const WORKSPACE_SHAPE: Shape = record({
  name: text,
  notes: text,
  components: dict(list(atom)),
  seams: dict(record({ clauses: list(clause, 'id') })),
  walkthrough: record({ notes: text, symptoms: list(atom), steps: list(atom) }),
  // Components are atoms matched by id: a big import stays one compact block, and a stage moved in
  // one tab and a name fixed in another both land (on different components).
  pipeline: record({ components: list(atom, 'id'), edges: list(atom) }),
});

/** The shape of one field of a record or dict. */
export function fieldShape(shape: Shape, key: string): Shape {
  if (shape.kind === 'record') return shape.fields[key] ?? atom;
  if (shape.kind === 'dict') return shape.value;
  return atom;
}
