/** Fixed stage columns: the stage already decides where a node goes, so no layout engine is needed. */
export const STAGE_WIDTH = 124;
export const STAGE_HEIGHT = 92;
export const STAGE_GAP = 38;
export const PITCH = STAGE_WIDTH + STAGE_GAP;
/** Seam chips hang below the handoff they name; they may be wider than the gap between stages. */
export const CHIP_Y = STAGE_HEIGHT + 64;
export const CHIP_HEIGHT = 50;
export const BAND_Y = CHIP_Y + CHIP_HEIGHT / 2 + 50;
export const BAND_HEIGHT = 64;

export const stageX = (index: number): number => index * PITCH;
/** Centre x of the handoff between stage `index` and the next. */
export const seamX = (index: number): number => stageX(index) + STAGE_WIDTH + STAGE_GAP / 2;
export const graphWidth = (stageCount: number): number => stageX(stageCount - 1) + STAGE_WIDTH;
