/** The viewer's next step for a 1on1: prepare its agenda, rate it, or reflect on it. */
export type NavigateStep = 'prepare' | 'rate' | 'reflect' | 'open';

/**
 * Fired by `taiwa-session-list` when the viewer chooses a 1on1's next step; the host routes there.
 * Cancelable: a host that follows the link itself (`href-template`) may call `preventDefault()`.
 */
export class TaiwaNavigateEvent extends Event {
  readonly detail: { step: NavigateStep; sessionId: string };
  constructor(detail: { step: NavigateStep; sessionId: string }) {
    super('taiwa-navigate', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-navigate': TaiwaNavigateEvent;
  }
}
