/** Fired on the outbox when this tab starts (`flush-start`) and ends (`flush-end`) a delivery run. */
export class OutboxFlushEvent extends Event {
  readonly detail: { phase: 'start' | 'end' };
  constructor(phase: 'start' | 'end') {
    super(phase === 'start' ? 'flush-start' : 'flush-end');
    this.detail = { phase };
  }
}
