/** Fired by `taiwa-strength-map` when the user chooses a cell (not when they close it again). */
export class TaiwaCellSelectEvent extends Event {
  readonly detail: { topicId: string; responseId: string };
  constructor(detail: { topicId: string; responseId: string }) {
    super('taiwa-cell-select', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-cell-select': TaiwaCellSelectEvent;
  }
}
