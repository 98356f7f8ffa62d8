import { expect } from '@open-wc/testing';
import { symmetricEigen } from '../../src/insights/linalg.js';
import { relativeWeights } from '../../src/insights/relative-weights.js';
import { seeded } from '../../src/insights/random.js';

const close = (a: number, b: number, eps = 1e-9) => expect(Math.abs(a - b), `${a} vs ${b}`).to.be.below(eps);

describe('symmetric eigen-decomposition (Jacobi)', () => {
  it('finds the known eigenpairs of a 2 × 2 and a 3 × 3 matrix', () => {
    const two = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    close(two.values[0]!, 3);
    close(two.values[1]!, 1);
    close(Math.abs(two.vectors[0]!), Math.SQRT1_2);
    // [[2,-1,0],[-1,2,-1],[0,-1,2]]: eigenvalues 2 + √2, 2, 2 − √2.
    const three = symmetricEigen(Float64Array.from([2, -1, 0, -1, 2, -1, 0, -1, 2]), 3);
    close(three.values[0]!, 2 + Math.SQRT2);
    close(three.values[1]!, 2);
    close(three.values[2]!, 2 - Math.SQRT2);
  });

  it('reconstructs random symmetric 9 × 9 matrices: A = V Λ Vᵀ, VᵀV = I', () => {
    const random = seeded(42);
    for (let trial = 0; trial < 20; trial++) {
      const n = 9;
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = random() * 2 - 1;
      const { values, vectors: v } = symmetricEigen(a, n);
      for (let k = 1; k < n; k++) expect(values[k - 1]!).to.be.at.least(values[k]!);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let back = 0;
          let dot = 0;
          for (let k = 0; k < n; k++) {
            back += v[i * n + k]! * values[k]! * v[j * n + k]!;
            dot += v[k * n + i]! * v[k * n + j]!;
          }
          close(back, a[i * n + j]!, 1e-9);
          close(dot, i === j ? 1 : 0, 1e-9);
        }
      }
    }
  });

  it('refuses a matrix of the wrong size', () => {
    expect(() => symmetricEigen(new Float64Array(3), 2)).to.throw(RangeError);
  });
});

describe("Johnson's relative weights", () => {
  it('gives each uncorrelated predictor its squared correlation', () => {
    const rxx = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const w = relativeWeights(rxx, Float64Array.from([0.5, 0.3, -0.1]), 3);
    close(w.raw[0]!, 0.25);
    close(w.raw[1]!, 0.09);
    close(w.raw[2]!, 0.01);
    close(w.r2, 0.35);
    close(w.beta[2]!, -0.1);
  });

  it('matches the closed form for two correlated predictors, and OLS for the coefficients', () => {
    const rho = 0.4;
    const [r1, r2] = [0.5, 0.2];
    const w = relativeWeights(Float64Array.from([1, rho, rho, 1]), Float64Array.from([r1, r2]), 2);
    // Λ* = [[a, b], [b, a]], the symmetric square root of R; β* = Λ*⁻¹ r.
    const a = (Math.sqrt(1 + rho) + Math.sqrt(1 - rho)) / 2;
    const b = (Math.sqrt(1 + rho) - Math.sqrt(1 - rho)) / 2;
    const det = a * a - b * b;
    const s1 = (a * r1 - b * r2) / det;
    const s2 = (a * r2 - b * r1) / det;
    close(w.raw[0]!, a * a * s1 * s1 + b * b * s2 * s2);
    close(w.raw[1]!, b * b * s1 * s1 + a * a * s2 * s2);
    close(w.beta[0]!, (r1 - rho * r2) / (1 - rho * rho));
    close(w.beta[1]!, (r2 - rho * r1) / (1 - rho * rho));
    // R² of the full model: rᵀ R⁻¹ r, and the raw weights add up to it.
    close(w.r2, (r1 * r1 + r2 * r2 - 2 * rho * r1 * r2) / (1 - rho * rho));
    close(w.raw[0]! + w.raw[1]!, w.r2);
  });

  it('stays finite on a correlation matrix that is not positive definite (pairwise data)', () => {
    // Three variables that cannot all be this correlated at once.
    const rxx = Float64Array.from([1, 0.9, -0.9, 0.9, 1, 0.9, -0.9, 0.9, 1]);
    const w = relativeWeights(rxx, Float64Array.from([0.3, 0.2, 0.1]), 3);
    for (const v of [...w.raw, ...w.beta, w.r2]) expect(Number.isFinite(v)).to.equal(true);
    for (const v of w.raw) expect(v).to.be.at.least(0);
  });
});
