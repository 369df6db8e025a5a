/** What a workspace is called until someone names it. */
export const DEFAULT_WORKSPACE_NAME = 'Untitled pipeline';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DATE_TAIL = /^ · \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/;

/** A symptom's label without its examples in brackets: "Impossible values (1970 …)" → "Impossible values". */
export function shortSymptom(label: string): string {
  return label.replace(/\s*\([^)]*\)/g, '').trim();
}

/** "Rows missing · 3 Dec": triages are told apart by what was seen and on which day (local time). */
export function triageName(symptomLabel: string, day: Date): string {
  return `${shortSymptom(symptomLabel)} · ${day.getDate()} ${MONTHS[day.getMonth()]}`;
}

/** Whether the app gave this name (the default, or one made from `firstLabel`), so the app may change it. */
export function isAppGivenName(name: string, firstLabel: string | undefined): boolean {
  if (name === DEFAULT_WORKSPACE_NAME) return true;
  if (firstLabel === undefined) return false;
  const head = shortSymptom(firstLabel);
  return name.startsWith(head) && DATE_TAIL.test(name.slice(head.length));
}

/**
 * The name a workspace should carry after its trail's first symptom changed from `before` to
 * `after`: a name the user chose is never touched; an app-given one follows the first symptom.
 */
export function nameForTrail(name: string, before: string | undefined, after: string | undefined, day: Date): string {
  if (before === after || !isAppGivenName(name, before)) return name;
  return after === undefined ? DEFAULT_WORKSPACE_NAME : triageName(after, day);
}
