/**
 * The simulation, shared by the drivers test and bench: `members` people, standardized
 * effects on engagement (policy 0.40, overall 0.35, career 0.35, skills 0.20, work 0.10, the rest
 * 0), predictors correlated 0.30–0.49 (one common factor, loadings 0.55–0.70), residual noise of
 * standard deviation `noise`, and each per-topic answer (every predictor but `overall`) missing with
 * probability `missing`. Read literally (engagement standardized too), these effects and
 * correlations would leave no residual variance at all (βᵀRβ ≈ 1.0); the tests use noise 0.5
 * (R² ≈ 0.8). The shares do not depend on the noise, only their sampling spread does.
 */
import { normal, seeded } from '../../src/insights/random.js';
import type { DriverInput } from '../../src/insights/drivers.js';

export const EFFECTS: Record<string, number> = {
  overall: 0.35,
  policy: 0.4,
  career: 0.35,
  skills: 0.2,
  work: 0.1,
  relationships: 0,
  wellbeing: 0,
  private: 0,
  free: 0,
};

export function simulate(members: number, seed: number, missing = 1 / 3, noise = 1): DriverInput {
  const random = seeded(seed);
  const predictors = Object.keys(EFFECTS);
  // Loadings spread over 0.55..0.70 in a seed-dependent order, so pairwise correlations are 0.30..0.49.
  const loadings = predictors.map((_, j) => 0.55 + (0.15 * ((j * 5 + seed) % predictors.length)) / (predictors.length - 1));
  const rows = Array.from({ length: members }, () => {
    const f = normal(random);
    const x = loadings.map((a) => a * f + Math.sqrt(1 - a * a) * normal(random));
    const engagement = predictors.reduce((s, id, j) => s + EFFECTS[id]! * x[j]!, 0) + noise * normal(random);
    const values = x.map((v, j) => (predictors[j] !== 'overall' && random() < missing ? null : v));
    return { engagement, values };
  });
  return { predictors, rows };
}
