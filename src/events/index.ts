/** Every event a Taiwa element fires: one class per file, and the map that types `addEventListener`. */
import type { TaiwaErrorEvent } from './error.js';
import type { TaiwaSaveEvent } from './save.js';
import type { TaiwaSubmitEvent } from './submit.js';
import type { TaiwaAgendaFocusEvent } from './agenda-focus.js';
import type { TaiwaCellSelectEvent } from './cell-select.js';
import type { TaiwaFixEvent } from './fix.js';
import type { TaiwaExportEvent } from './export.js';
import type { TaiwaScheduleRequestEvent } from './schedule-request.js';
import type { TaiwaNavigateEvent } from './navigate.js';
import type { TaiwaScheduleEvent } from './schedule.js';
import type { TaiwaReminderEvent } from './reminder.js';

export { TaiwaErrorEvent } from './error.js';
export { TaiwaSaveEvent } from './save.js';
export { TaiwaSubmitEvent } from './submit.js';
export { TaiwaAgendaFocusEvent } from './agenda-focus.js';
export { TaiwaCellSelectEvent } from './cell-select.js';
export { TaiwaFixEvent } from './fix.js';
export { TaiwaExportEvent } from './export.js';
export { TaiwaScheduleRequestEvent } from './schedule-request.js';
export { TaiwaNavigateEvent, type NavigateStep } from './navigate.js';
export { TaiwaScheduleEvent, type ScheduleAction, type ScheduleDetail } from './schedule.js';
export { TaiwaReminderEvent } from './reminder.js';
export { TaiwaRecordEvent, type RecordDetail } from './record-event.js';

/** Taiwa's events by name: `el.addEventListener('taiwa-save', (e) => e.detail.record)` is typed. */
export interface TaiwaEventMap {
  'taiwa-error': TaiwaErrorEvent;
  'taiwa-save': TaiwaSaveEvent;
  'taiwa-submit': TaiwaSubmitEvent;
  'taiwa-agenda-focus': TaiwaAgendaFocusEvent;
  'taiwa-cell-select': TaiwaCellSelectEvent;
  'taiwa-fix': TaiwaFixEvent;
  'taiwa-export': TaiwaExportEvent;
  'taiwa-schedule-request': TaiwaScheduleRequestEvent;
  'taiwa-navigate': TaiwaNavigateEvent;
  'taiwa-schedule': TaiwaScheduleEvent;
  'taiwa-reminder': TaiwaReminderEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends TaiwaEventMap {}
}

// Events of the outbox and the REST adapter (typed by their own event maps, not HTMLElementEventMap).
export { OutboxStatusEvent } from './outbox-status.js';
export { OutboxFlushEvent } from './outbox-flush.js';
export { TaiwaAuthRequiredEvent } from './auth-required.js';
export { TaiwaResumedEvent } from './auth-resumed.js';
export { TypedEventTarget } from './typed-event-target.js';
