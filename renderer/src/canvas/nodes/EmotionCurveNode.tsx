import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { emotionY, plottedSegments, smoothPath } from '../emotionCurveGeometry';
import type { PlottedPoint } from '../emotionCurveGeometry';
import type { EmotionCurveFlowNode } from '../flowTypes';

/** Shown on the value's dot: "3.5", not "3.5000". */
export const formatScore = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * The emotion curve across an emotions lane: a smooth line through the mean emotion of each stage's
 * touchpoints, a dot with the value on each scored stage, a gap where a stage has no score. It is
 * drawn over the cells but lets clicks through to them (CSS), so the lane stays editable.
 */
function EmotionCurveNodeView({ data, height, width }: NodeProps<EmotionCurveFlowNode>) {
  const laneHeight = height ?? 0;
  const segments = plottedSegments(data.points, laneHeight);
  return (
    <EmotionCurveFrame
      width={width}
      height={laneHeight}
      label={t('canvas.emotionCurve', { values: describeScores(segments.flat()) })}
    >
      <EmotionCurveMarks segments={segments} height={laneHeight} />
    </EmotionCurveFrame>
  );
}

/** The scores a curve shows, as a screen reader reads them: "3.5, 2, 4", or that there are none. */
export const describeScores = (points: readonly PlottedPoint[]) =>
  points.length === 0
    ? t('canvas.emotionCurve.none')
    : points.map((point) => formatScore(point.value)).join(', ');

/** The lane-sized picture a curve is drawn in, named for screen readers (the editor's and the compared one). */
export function EmotionCurveFrame({
  width,
  height,
  label,
  children,
}: {
  readonly width: number | undefined;
  readonly height: number;
  readonly label: string;
  readonly children: ReactNode;
}) {
  return (
    <svg
      className="emotion-curve"
      data-testid="emotion-curve"
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {children}
    </svg>
  );
}

/**
 * The line runs and the scored dots of one curve, inside the caller's `<svg>`: the revision canvas
 * draws the compared curve with these too, so both canvases look the same.
 */
export function EmotionCurveMarks({
  segments,
  height,
}: {
  readonly segments: readonly (readonly PlottedPoint[])[];
  readonly height: number;
}) {
  return (
    <>
      {segments.map((segment) => (
        <path
          key={segment[0]?.stageId}
          className="emotion-curve__line"
          data-testid="emotion-curve-line"
          d={smoothPath(segment, height)}
        />
      ))}
      {segments.flat().map((point) => (
        <g
          key={point.stageId}
          className="emotion-curve__point"
          data-testid="emotion-curve-point"
          data-stage-id={point.stageId}
        >
          <circle cx={point.x} cy={point.y} r={11} />
          <text x={point.x} y={point.y} dy="0.35em" textAnchor="middle">
            {formatScore(point.value)}
          </text>
        </g>
      ))}
    </>
  );
}

export const EmotionCurveNode = memo(EmotionCurveNodeView);

/** The 1–5 scale on the emotions lane's header, each level at the height the curve draws it. */
export function EmotionScale({ height }: { readonly height: number }) {
  return (
    <div className="emotion-scale" aria-label={t('canvas.emotionScale')} role="img">
      {SCALE_LEVELS.map(({ value, face }) => (
        <span key={value} className="emotion-scale__level" style={{ top: emotionY(value, height) }}>
          {value} {face}
        </span>
      ))}
    </div>
  );
}

const SCALE_LEVELS = [
  { value: 5, face: '😄' },
  { value: 3, face: '😐' },
  { value: 1, face: '😞' },
] as const;
