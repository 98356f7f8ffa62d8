/** The engagement index of answers on the 1–5 scale: their mean, rescaled to 0–100. */
export function engagementIndex(values: readonly number[]): number {
  return Math.round(((values.reduce((a, b) => a + b, 0) / values.length - 1) / 4) * 1000) / 10;
}
