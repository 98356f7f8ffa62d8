// Taiwa's public API: element classes (unregistered; import 'taiwa/define' to register the tags),
// adapters, errors, events, and the model's schemas and types.
export { TaiwaProvider } from './elements/provider/provider.js';
export { TaiwaTopicPicker } from './elements/topic-picker/topic-picker.js';
export { TaiwaResponseSelector } from './elements/response-selector/response-selector.js';
export { TaiwaAgenda } from './elements/agenda/agenda.js';
export { TaiwaHintPanel, pickHints, type HintAudience } from './elements/hint-panel/hint-panel.js';
export { TaiwaActionList } from './elements/action-list/action-list.js';
export { TaiwaSatisfactionRater, type RaterItem } from './elements/satisfaction-rater/satisfaction-rater.js';
export { TaiwaLevelTracker, type LevelTrackerView } from './elements/level-tracker/level-tracker.js';
export { TaiwaLevelCheckIn } from './elements/level-check-in/level-check-in.js';
export { TaiwaStrengthMap } from './elements/strength-map/strength-map.js';
export { TaiwaEngagementDrivers } from './elements/engagement-drivers/engagement-drivers.js';
export { TaiwaPulse, type PulseItem } from './elements/pulse/pulse.js';
export { engagementIndex } from './insights/engagement.js';
export { TaiwaCadence } from './elements/cadence/cadence.js';
export { TaiwaEffectChart } from './elements/effect-chart/effect-chart.js';
export { TaiwaSyncStatus } from './elements/sync-status/sync-status.js';
export { TaiwaSessionList } from './elements/session-list/session-list.js';
export { TaiwaScheduler } from './elements/scheduler/scheduler.js';
export { TaiwaTeamOverview } from './elements/team-overview/team-overview.js';

export { TaiwaElement, type TaiwaTaskConfig } from './core/base-element.js';
export { SaveController, deliveryOf, delivered, type SaveState, type Delivery, type SavedRecord } from './core/save-controller.js';
export { AutosaveController } from './core/autosave-controller.js';
export type { AgendaElements } from './elements/agenda/agenda.elements.js';
export { TaiwaFormElement } from './core/form-associated.js';
export { define, VERSION } from './core/define.js';
export { TaiwaDataError, TaiwaStorageError, TaiwaConflictError, TaiwaBlockedError, storageErrorOf } from './model/errors.js';
export {
  TaiwaErrorEvent,
  TaiwaSaveEvent,
  TaiwaSubmitEvent,
  TaiwaAgendaFocusEvent,
  TaiwaCellSelectEvent,
  TaiwaFixEvent,
  TaiwaExportEvent,
  TaiwaScheduleRequestEvent,
  TaiwaNavigateEvent,
  TaiwaScheduleEvent,
  TaiwaReminderEvent,
  type NavigateStep,
  type ScheduleAction,
  type ScheduleDetail,
  TaiwaRecordEvent,
  type TaiwaEventMap,
  type RecordDetail,
} from './events/index.js';
export { adapterContext, viewerContext, localeContext, catalogContext, activeItemContext, type ActiveItem } from './core/context.js';

export type { TaiwaAdapter, RecordQuery, WriteOptions, WriteResult, SharingPolicy } from './model/adapter.js';
export { matches } from './adapters/types.js';
export { createMemoryAdapter, type MemoryAdapter } from './adapters/memory.js';
export { importLocalRecords, type LocalImport } from './adapters/import-local.js';
export { createIndexedDbAdapter, type IndexedDbAdapter, type IndexedDbAdapterOptions } from './adapters/indexeddb.js';
export { createRestAdapter, TaiwaHttpError, type RestAdapter, type RestAdapterOptions, type RestAdapterEventMap } from './adapters/rest.js';
export {
  withOutbox,
  Outbox,
  OutboxStatusEvent,
  type OutboxEventMap,
  type OutboxOptions,
  type OutboxStatus,
  type OutboxItem,
  type OutboxState,
} from './adapters/outbox.js';
export { TaiwaAuthRequiredEvent } from './events/auth-required.js';
export { TaiwaResumedEvent } from './events/auth-resumed.js';
export { OutboxFlushEvent } from './events/outbox-flush.js';
export { TypedEventTarget } from './events/typed-event-target.js';
export { createDraftStore, createMemoryDraftStore, type DraftStore } from './adapters/drafts.js';
export { clearWriteAhead, withWriteAhead, writeAhead } from './core/write-ahead.js';
export { databaseName } from './adapters/db-names.js';
export { guard, type GuardedAdapter, type QueryResult, type AggregateResult } from './core/guard.js';
export { withoutPrivateMemos } from './model/privacy.js';

export * from './model/schemas.js';
export { RECORD_KINDS, newRecordFields, latest, latestBy, isLater, type RecordKind, type RecordMap, type TaiwaRecord } from './model/records.js';
export { checkQuery, parseRecord, parseRecords } from './model/validate.js';
export { resolveCatalog, resolveHints } from './model/catalog.js';
export { StrengthMapSchema, StrengthCellSchema, insightSchemas, type InsightKind, type InsightQueries, type InsightResults } from './model/insights.js';
export {
  computeStrengths,
  computeAllStrengths,
  publish,
  tallyFromTotals,
  type CellTotals,
  type StrengthTotals,
  type Tally,
  weakCells,
  strongCells,
  cellOf,
  totalsOf,
  StrengthsComputer,
  type StrengthMap,
  type StrengthCell,
  type StrengthOptions,
  type Classification,
} from './insights/strengths.js';
export { perceptionGap, type PerceptionGap, type GapRow } from './insights/gap.js';
export { pairLevel, teamLevels, levelOf, readingOf, readingsOf, type PairLevel, type TeamLevels, type Trend } from './insights/levels.js';

// Calendar: .ics files, series, due dates and reminders (pure, for the browser and the server).
export { meetingIcs, seriesIcs, occurrenceIcs, type IcsMeeting, type IcsSeries, type IcsDetails, type IcsPerson, type IcsOptions } from './calendar/ics.js';
export {
  occurrences,
  nextOccurrence,
  occurrenceAt,
  changedOccurrences,
  rescheduleOccurrence,
  cancelOccurrence,
  reschedule,
  type Cadence,
  type Occurrence,
  type OccurrenceChange,
  type OccurrenceQuery,
  type Scheduled,
} from './calendar/recurrence.js';
export { dueStatus, type DueInput, type DueState, type DueStatus } from './calendar/due.js';
export { reminderSchedule, remindersDue, type Reminder, type ReminderKind, type ReminderOptions, type RemindedMeeting } from './calendar/reminders.js';
export { isTimeZone } from './calendar/zone.js';
export { computeDrivers, bandOf, type DriverInput, type DriverRow, type DriverOptions, type Driver, type DriverBand, type DriversResult } from './insights/drivers.js';
export { relativeWeights, type RelativeWeights } from './insights/relative-weights.js';
export {
  computeCadence,
  type CadencePerson,
  type CadencePair,
  type CadenceMeeting,
  type CadenceQuery,
  type CadenceFigures,
  type CadenceGroup,
  type CadenceReport,
} from './insights/cadence.js';
export { computeEffect, bucketOf, wilson, EFFECT_BUCKETS, type EffectRow, type EffectCell, type EffectStatement, type EffectResult, type EffectBucket } from './insights/effect.js';
export { suppress, type GroupNode, type HiddenReason, type Suppression } from './insights/suppression.js';
export { dayOf, isoDay, periodOf, periodsBetween, type Period, type PeriodKind } from './insights/periods.js';
export { defineTaiwa, tagNames, TAIWA_ELEMENTS, type DefineTaiwaOptions, type TaiwaTag } from './registry.js';
