/** Fired by `taiwa-agenda` when the item the member is working on changes (bubbles, composed). */
export class TaiwaAgendaFocusEvent extends Event {
  /** The active item's topic and chosen response style (`''` when none). */
  readonly detail: { topic: string; response: string };
  constructor(topic: string, response: string) {
    super('taiwa-agenda-focus', { bubbles: true, composed: true });
    this.detail = { topic, response };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-agenda-focus': TaiwaAgendaFocusEvent;
  }
}
