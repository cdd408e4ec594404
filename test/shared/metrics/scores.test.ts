import { describe, expect, it } from 'vitest';
import {
  computeCes,
  computeCsat,
  computeNps,
  roundForKind,
  validateMetricValue,
} from '../../../shared/metrics';
import { expectErr, expectOk } from './support';

describe('computeNps', () => {
  it('is % promoters (9–10) minus % detractors (0–6)', () => {
    expect(computeNps([10, 9, 8, 7, 6, 0])).toEqual({ value: 0, responses: 6 });
    expect(computeNps([10, 10, 9, 0])).toEqual({ value: 50, responses: 4 });
  });
  it('is −100 when everyone is a detractor, and null without answers', () => {
    expect(computeNps([0, 6, 3])).toEqual({ value: -100, responses: 3 });
    expect(computeNps([])).toBeNull();
  });
});

describe('computeCsat', () => {
  it('is the % of 4 and 5 answers', () => {
    expect(computeCsat([5, 4, 3, 2, 1])).toEqual({ value: 40, responses: 5 });
    expect(roundForKind('csat', computeCsat([4, 1, 1])?.value ?? Number.NaN)).toBe(33.3);
    expect(roundForKind('csat', computeCsat([5, 4, 1])?.value ?? Number.NaN)).toBe(66.7);
    expect(computeCsat([])).toBeNull();
  });
});

describe('computeCes', () => {
  it('is the mean answer', () => {
    expect(computeCes([1, 7])).toEqual({ value: 4, responses: 2 });
    expect(computeCes([])).toBeNull();
  });
});

describe('roundForKind', () => {
  it('rounds halves away from zero, NPS and CSAT to 1 decimal', () => {
    // One promoter among 16 passives-or-promoters: 100/16 = 6.25.
    const onePromoter = computeNps([9, ...Array<number>(15).fill(7)]);
    expect(roundForKind('nps', onePromoter?.value ?? Number.NaN)).toBe(6.3);
    const oneDetractor = computeNps([0, ...Array<number>(15).fill(7)]);
    expect(roundForKind('nps', oneDetractor?.value ?? Number.NaN)).toBe(-6.3);
  });
  it('rounds CES to 2 decimals, even where binary floats store the half just below it', () => {
    // 39 fours and one five: 161 / 40 = 4.025, stored as 4.02499999…
    const ces = computeCes([...Array<number>(39).fill(4), 5]);
    expect(roundForKind('ces', ces?.value ?? Number.NaN)).toBe(4.03);
    expect(roundForKind('ces', 33 / 8)).toBe(4.13);
    expect(Object.is(roundForKind('nps', -0.01), 0)).toBe(true);
  });
});

describe('validateMetricValue', () => {
  it('accepts values in the kind’s range', () => {
    expect(expectOk(validateMetricValue('nps', -100))).toBe(-100);
    expect(expectOk(validateMetricValue('csat', 50))).toBe(50);
    expect(expectOk(validateMetricValue('resolution_time', 36))).toBe(36);
  });
  it('refuses values outside it with a message naming the range', () => {
    expect(expectErr(validateMetricValue('nps', 120))).toBe('NPS must be between −100 and 100');
    expect(expectErr(validateMetricValue('ces', 0.5))).toBe('CES must be between 1 and 7');
    expect(expectErr(validateMetricValue('churn', 101))).toBe('Churn must be between 0 and 100');
    expect(expectErr(validateMetricValue('resolution_time', -1))).toBe('Resolution time must be 0 or more');
    expect(expectErr(validateMetricValue('csat', Number.NaN))).toBe('CSAT must be a number');
  });
});
