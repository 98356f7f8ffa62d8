/** Fired by the REST adapter when `resume()` lifted its pause after a sign-in. */
export class TaiwaResumedEvent extends Event {
  constructor() {
    super('resumed');
  }
}
