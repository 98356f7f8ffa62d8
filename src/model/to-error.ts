/** Turns anything thrown into an Error that can be shown, without losing the original. */
export function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
