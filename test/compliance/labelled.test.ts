import { describe, expect, it } from 'vitest';
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';
import { evaluate } from './evaluate.ts';
import { HELD_OUT, LABELLED } from './labelled.ts';

describe('labelled set', () => {
  it('has at least 100 sentences, education and claims both well represented', () => {
    expect(LABELLED.length + HELD_OUT.length).toBeGreaterThanOrEqual(100);
    expect(LABELLED.filter((l) => l.categories.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it('development set: precision and recall at least 90 % in every category', () => {
    for (const s of evaluate(LABELLED).scores) {
      expect(s.precision, `${s.category} precision`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${s.category} recall`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('held-out set: no false alarms overall (precision ≥ 90 %), privacy recall ≥ 90 %', () => {
    const { scores } = evaluate(HELD_OUT);
    const tp = scores.reduce((n, s) => n + s.tp, 0);
    const fp = scores.reduce((n, s) => n + s.fp, 0);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(scores.find((s) => s.category === 'privacy')!.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('the learned ad.likely warning never fires on a health-education sentence of either set', () => {
    for (const l of [...LABELLED, ...HELD_OUT].filter((x) => x.categories.length === 0)) {
      expect(scanClaims(l.text).filter((h) => h.rule === 'ad.likely'), l.text).toEqual([]);
    }
  });

  it('no health-education sentence in either set gets an error', () => {
    for (const l of [...LABELLED, ...HELD_OUT].filter((x) => x.categories.length === 0)) {
      expect([...scanClaims(l.text), ...scanPrivacy(l.text)].filter((h) => h.severity === 'error'), l.text).toEqual([]);
    }
  });
});
