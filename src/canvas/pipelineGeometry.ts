/** An imported pipeline: one fixed column per stage, components stacked, seam chips above. */
export const COL_WIDTH = 164;
export const COL_GAP = 60;
export const COL_PITCH = COL_WIDTH + COL_GAP;
export const HEADER_HEIGHT = 44;
export const HEADER_Y = 0;
export const CHIP_ROW_Y = -58;
export const ROW_Y0 = HEADER_HEIGHT + 24;
export const ROW_PITCH = 50;
export const COMPONENT_HEIGHT = 40;

export const columnX = (column: number): number => column * COL_PITCH;
export const rowY = (row: number): number => ROW_Y0 + row * ROW_PITCH;
