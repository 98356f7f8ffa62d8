/** The viewer's next step for a 1on1: prepare its agenda, rate it, or reflect on it. */
export type NavigateStep = 'prepare' | 'rate' | 'reflect' | 'open';

export interface NavigateDetail {
  step: NavigateStep;
  /** The 1on1 chosen: the host opens this one, not "the next" or "the last". */
  sessionId: string;
  /** The member of the pair, when the widget shows several members (the team overview). */
  memberId?: string;
}

/**
 * Fired by `taiwa-session-list` when the viewer chooses a 1on1's next step, and by
 * `taiwa-team-overview` when a manager chooses a member's last or next 1on1; the host routes there.
 * Cancelable: a host that follows the link itself (`href-template`) may call `preventDefault()`.
 */
export class TaiwaNavigateEvent extends Event {
  readonly detail: NavigateDetail;
  constructor(detail: NavigateDetail) {
    super('taiwa-navigate', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'taiwa-navigate': TaiwaNavigateEvent;
  }
}
