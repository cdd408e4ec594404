import { PAGE_MARGIN_MM } from './storyboardModel';

/** CSS pixels are 1/96 inch. */
const MM_PER_PX = 25.4 / 96;
/** The poster is at least an A4 landscape sheet and at most A0's long side in either direction. */
const MIN_WIDTH_MM = 297;
const MAX_SIDE_MM = 1189;
/** Room for the title line above the picture. */
export const POSTER_TITLE_MM = 16;

export interface PosterLayout {
  /** The sheet, margins included: the `@page` size. */
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  /** The picture, scaled to fit, keeping its proportions. */
  readonly imageWidthMm: number;
  readonly imageHeightMm: number;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * One sheet sized to the map: the picture at its natural size where that fits between A4 landscape
 * and A0, scaled down (or up) to those bounds otherwise, with the title above it.
 */
export function posterLayout(imageWidthPx: number, imageHeightPx: number): PosterLayout {
  const width = Math.max(1, imageWidthPx) * MM_PER_PX;
  const height = Math.max(1, imageHeightPx) * MM_PER_PX;
  const room = MAX_SIDE_MM - 2 * PAGE_MARGIN_MM;
  let scale = Math.max(1, (MIN_WIDTH_MM - 2 * PAGE_MARGIN_MM) / width);
  scale = Math.min(scale, room / width, (room - POSTER_TITLE_MM) / height);
  const imageWidthMm = round(width * scale);
  const imageHeightMm = round(height * scale);
  return {
    imageWidthMm,
    imageHeightMm,
    pageWidthMm: round(Math.max(MIN_WIDTH_MM, imageWidthMm + 2 * PAGE_MARGIN_MM)),
    // A millimetre of slack so rounding never spills the picture onto a second sheet.
    pageHeightMm: round(imageHeightMm + POSTER_TITLE_MM + 2 * PAGE_MARGIN_MM + 1),
  };
}
