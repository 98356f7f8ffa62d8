/**
 * Fired by the REST adapter on a 401, and by the outbox when a delivery was refused for sign-in:
 * writes wait until the host signs the member in again and calls `resume()`.
 */
export class TaiwaAuthRequiredEvent extends Event {
  readonly detail: { status: number };
  constructor(status = 401) {
    super('auth-required');
    this.detail = { status };
  }
}
