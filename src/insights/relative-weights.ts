/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative weight of
 * predictor variables in multiple regression"), from correlations alone.
 *
 * The predictors' correlation matrix R = V Λ Vᵀ is decomposed once; Z = X V Λ^{-1/2} Vᵀ are the
 * orthonormal variables closest to X (least squares), Λ* = V Λ^{1/2} Vᵀ holds the correlations
 * between X and Z, y is regressed on Z (β* = V Λ^{-1/2} Vᵀ r_xy), and predictor j's raw weight is
 * εⱼ = Σₖ Λ*ⱼₖ² β*ₖ². The raw weights are non-negative and sum to the model's R². They hold up
 * under correlated predictors and agree closely with the LMG/Shapley decomposition (LeBreton,
 * Ployhart and Ladd 2004; Tonidandel and LeBreton 2011), which for nine predictors would take
 * 2⁹ = 512 sub-regressions per bootstrap resample instead of one eigen-decomposition.
 *
 * The full model's standardized coefficients β = R⁻¹ r_xy come out of the same decomposition.
 *
 * A correlation matrix built from pairwise-complete data need not be positive definite: eigenvalues
 * below `EIGEN_FLOOR` are raised to it (a ridge on the bad directions only), so the result stays
 * finite; on a positive-definite matrix nothing changes.
 */
import { symmetricEigen } from './linalg.js';

export const EIGEN_FLOOR = 1e-6;

export interface RelativeWeights {
  /** Raw relative weights εⱼ (each ≥ 0, summing to `r2`). */
  raw: Float64Array;
  /** The full model's standardized coefficients βⱼ. */
  beta: Float64Array;
  /** R² of the full model. */
  r2: number;
}

/**
 * Relative weights of `p` predictors from their correlation matrix `rxx` (row-major `p × p`) and
 * their correlations with the outcome `rxy` (length `p`).
 */
export function relativeWeights(rxx: Float64Array, rxy: Float64Array, p: number): RelativeWeights {
  if (rxy.length !== p) throw new RangeError(`relativeWeights: expected ${p} outcome correlations, got ${rxy.length}.`);
  const { values, vectors: v } = symmetricEigen(rxx, p);
  const sqrtL = new Float64Array(p);
  for (let k = 0; k < p; k++) sqrtL[k] = Math.sqrt(Math.max(values[k]!, EIGEN_FLOOR));
  // u = Vᵀ r_xy: the outcome's correlations in the eigenbasis.
  const u = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += v[i * p + k]! * rxy[i]!;
    u[k] = s;
  }
  const betaStar = new Float64Array(p);
  const beta = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let bs = 0;
    let b = 0;
    for (let k = 0; k < p; k++) {
      const vjk = v[j * p + k]!;
      bs += (vjk * u[k]!) / sqrtL[k]!;
      b += (vjk * u[k]!) / (sqrtL[k]! * sqrtL[k]!);
    }
    betaStar[j] = bs;
    beta[j] = b;
  }
  const raw = new Float64Array(p);
  let r2 = 0;
  for (let j = 0; j < p; j++) {
    let e = 0;
    for (let k = 0; k < p; k++) {
      // Λ*ⱼₖ = Σₘ V_jm √λₘ V_km
      let l = 0;
      for (let m = 0; m < p; m++) l += v[j * p + m]! * sqrtL[m]! * v[k * p + m]!;
      e += l * l * betaStar[k]! * betaStar[k]!;
    }
    raw[j] = e;
    r2 += e;
  }
  return { raw, beta, r2 };
}
