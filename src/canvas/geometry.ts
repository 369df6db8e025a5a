/** Fixed stage columns: the stage already decides where a node goes, so no layout engine is needed. */
export const STAGE_WIDTH = 124;
/** An empty stage box; with components named it grows to show every name whole. */
export const STAGE_MIN_HEIGHT = 92;
export const STAGE_GAP = 38;
export const PITCH = STAGE_WIDTH + STAGE_GAP;
export const CHIP_HEIGHT = 50;
export const BAND_HEIGHT = 64;
/** Names drawn in a stage box before the rest are counted (and listed on hover). */
export const NAMES_SHOWN = 12;

/** The stage number and label, with the box's padding. */
const STAGE_HEAD = 58;
/** One line of an 11 px name, and what a name's chip adds around its lines (padding, gap). */
const NAME_LINE = 14;
const NAME_CHROME = 8;
/** Characters of an 11 px name that fit on one line of a chip, with room to spare. */
const LINE_CHARS = 13;

/** Lines a name takes when wrapped at spaces, long words broken. */
export function nameLines(name: string): number {
  let lines = 1;
  let used = 0;
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= LINE_CHARS) used = need;
    else if (used === 0) {
      lines += Math.ceil(word.length / LINE_CHARS) - 1;
      used = word.length % LINE_CHARS || LINE_CHARS;
    } else {
      lines += Math.ceil(word.length / LINE_CHARS);
      used = word.length % LINE_CHARS || LINE_CHARS;
    }
  }
  return lines;
}

/** Tall enough for every name shown, each on its own chip: stage boxes grow with their components. */
export function stageHeight(names: readonly string[]): number {
  const shown = names.slice(0, NAMES_SHOWN);
  const body = shown.reduce((h, n) => h + nameLines(n) * NAME_LINE + NAME_CHROME, 0) + (names.length > NAMES_SHOWN ? NAME_LINE + NAME_CHROME : 0);
  return Math.max(STAGE_MIN_HEIGHT, STAGE_HEAD + body);
}

/** Seam chips hang below the handoff they name; they may be wider than the gap between stages. */
export const chipY = (stageTall: number): number => stageTall + 64;
export const bandY = (stageTall: number): number => chipY(stageTall) + CHIP_HEIGHT / 2 + 50;

export const stageX = (index: number): number => index * PITCH;
/** Centre x of the handoff between stage `index` and the next. */
export const seamX = (index: number): number => stageX(index) + STAGE_WIDTH + STAGE_GAP / 2;
export const graphWidth = (stageCount: number): number => stageX(stageCount - 1) + STAGE_WIDTH;
