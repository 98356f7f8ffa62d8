/** Fired when a widget shows an error: bad data, or a read or write that failed (bubbles, composed). */
export class TaiwaErrorEvent extends Event {
  readonly detail: { error: Error };
  constructor(error: Error) {
    super('taiwa-error', { bubbles: true, composed: true });
    this.detail = { error };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-error': TaiwaErrorEvent;
  }
}
