// Taiwa's public API: element classes (unregistered; import 'taiwa/define' to register the tags),
// adapters, errors, events, and the model's schemas and types.
export { TaiwaProvider } from './elements/provider/provider.js';
export { TaiwaTopicPicker } from './elements/topic-picker/topic-picker.js';
export { TaiwaResponseSelector } from './elements/response-selector/response-selector.js';
export { TaiwaAgenda } from './elements/agenda/agenda.js';
export { TaiwaAgendaFocusEvent } from './elements/agenda/agenda-focus-event.js';
export { TaiwaHintPanel, pickHints, type HintAudience } from './elements/hint-panel/hint-panel.js';
export { TaiwaSatisfactionRater, type RaterItem } from './elements/satisfaction-rater/satisfaction-rater.js';
export { TaiwaLevelTracker, type LevelTrackerView } from './elements/level-tracker/level-tracker.js';
export { TaiwaLevelCheckIn } from './elements/level-check-in/level-check-in.js';
export { TaiwaStrengthMap, TaiwaCellSelectEvent } from './elements/strength-map/strength-map.js';
export { TaiwaSyncStatus } from './elements/sync-status/sync-status.js';
export { TaiwaFixEvent, TaiwaExportEvent } from './elements/sync-status/sync-status-events.js';

export { TaiwaElement } from './core/base-element.js';
export { TaiwaFormElement } from './core/form-associated.js';
export { define, VERSION } from './core/define.js';
export { TaiwaDataError, TaiwaStorageError, storageErrorOf } from './core/errors.js';
export { TaiwaErrorEvent, TaiwaSaveEvent, TaiwaSubmitEvent } from './core/events.js';
export { adapterContext, viewerContext, localeContext, catalogContext } from './core/context.js';

export { matches, type TaiwaAdapter, type RecordQuery } from './adapters/types.js';
export { createMemoryAdapter, type MemoryAdapter } from './adapters/memory.js';
export { createIndexedDbAdapter, type IndexedDbAdapter, type IndexedDbAdapterOptions } from './adapters/indexeddb.js';
export { createRestAdapter, TaiwaHttpError, type RestAdapter, type RestAdapterOptions } from './adapters/rest.js';
export { withOutbox, Outbox, OutboxStatusEvent, type OutboxOptions, type OutboxStatus, type OutboxItem, type OutboxState } from './adapters/outbox.js';
export { createDraftStore, createMemoryDraftStore, type DraftStore } from './adapters/drafts.js';
export { databaseName, draftsDatabaseName, outboxDatabaseName } from './adapters/db-names.js';
export { guard, withoutPrivateMemos, type GuardedAdapter, type QueryResult } from './adapters/guard.js';

export * from './model/schemas.js';
export { RECORD_KINDS, newRecordFields, latest, latestBy, isLater, type RecordKind, type RecordMap, type TaiwaRecord } from './model/records.js';
export { parseRecord, parseRecords } from './model/validate.js';
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
  type StrengthMap,
  type StrengthCell,
  type StrengthOptions,
  type Classification,
} from './insights/strengths.js';
export { perceptionGap, type PerceptionGap, type GapRow } from './insights/gap.js';
export { pairLevel, teamLevels, levelOf, readingOf, readingsOf, type PairLevel, type TeamLevels, type Trend } from './insights/levels.js';
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
