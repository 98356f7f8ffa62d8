/**
 * `taiwa/register`: registers the kit under a suffix or the host's own tag names, in the page's
 * registry or a scoped one. Importing it registers nothing; `taiwa/define` stays the entry that
 * registers the default names.
 */
import { TaiwaActionList } from './elements/action-list/action-list.js';
import { TaiwaAgenda } from './elements/agenda/agenda.js';
import { TaiwaCadence } from './elements/cadence/cadence.js';
import { TaiwaEffectChart } from './elements/effect-chart/effect-chart.js';
import { TaiwaEngagementDrivers } from './elements/engagement-drivers/engagement-drivers.js';
import { TaiwaHintPanel } from './elements/hint-panel/hint-panel.js';
import { TaiwaLevelCheckIn } from './elements/level-check-in/level-check-in.js';
import { TaiwaLevelTracker } from './elements/level-tracker/level-tracker.js';
import { TaiwaProvider } from './elements/provider/provider.js';
import { TaiwaPulse } from './elements/pulse/pulse.js';
import { TaiwaResponseSelector } from './elements/response-selector/response-selector.js';
import { TaiwaSatisfactionRater } from './elements/satisfaction-rater/satisfaction-rater.js';
import { TaiwaScheduler } from './elements/scheduler/scheduler.js';
import { TaiwaSessionList } from './elements/session-list/session-list.js';
import { TaiwaStrengthMap } from './elements/strength-map/strength-map.js';
import { TaiwaSyncStatus } from './elements/sync-status/sync-status.js';
import { TaiwaTeamOverview } from './elements/team-overview/team-overview.js';
import { TaiwaTopicPicker } from './elements/topic-picker/topic-picker.js';
import { namingOf, setNaming, type TagNaming } from './core/tag-names.js';

/** Every Taiwa class by its default tag (the names `taiwa/define` registers). */
export const TAIWA_ELEMENTS = {
  'taiwa-action-list': TaiwaActionList,
  'taiwa-agenda': TaiwaAgenda,
  'taiwa-cadence': TaiwaCadence,
  'taiwa-effect-chart': TaiwaEffectChart,
  'taiwa-engagement-drivers': TaiwaEngagementDrivers,
  'taiwa-hint-panel': TaiwaHintPanel,
  'taiwa-level-check-in': TaiwaLevelCheckIn,
  'taiwa-level-tracker': TaiwaLevelTracker,
  'taiwa-provider': TaiwaProvider,
  'taiwa-pulse': TaiwaPulse,
  'taiwa-response-selector': TaiwaResponseSelector,
  'taiwa-satisfaction-rater': TaiwaSatisfactionRater,
  'taiwa-scheduler': TaiwaScheduler,
  'taiwa-session-list': TaiwaSessionList,
  'taiwa-strength-map': TaiwaStrengthMap,
  'taiwa-sync-status': TaiwaSyncStatus,
  'taiwa-team-overview': TaiwaTeamOverview,
  'taiwa-topic-picker': TaiwaTopicPicker,
} as const;

/** A default tag of the kit. */
export type TaiwaTag = keyof typeof TAIWA_ELEMENTS;

export interface DefineTaiwaOptions {
  /** Appended to every default name: `'acme'` registers `taiwa-agenda-acme` (UI5's scheme). */
  suffix?: string;
  /** The host's own names for some tags (`{ 'taiwa-agenda': 'acme-agenda' }`); they win over `suffix`. */
  names?: Partial<Record<TaiwaTag, string>>;
  /** Where to register: a scoped `CustomElementRegistry` (a shadow root's own); the page's by default. */
  registry?: CustomElementRegistry;
}

// A valid custom element name, kept to ASCII: a lowercase letter first, a hyphen somewhere.
const VALID_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const RESERVED = new Set([
  'annotation-xml',
  'color-profile',
  'font-face',
  'font-face-src',
  'font-face-uri',
  'font-face-format',
  'font-face-name',
  'missing-glyph',
]);

/** The names `options` give, checked before anything is registered. */
export function tagNames(options: DefineTaiwaOptions = {}): Record<TaiwaTag, string> {
  const { suffix, names = {} } = options;
  if (suffix !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(suffix)) {
    throw new TypeError(
      `[taiwa] suffix ${JSON.stringify(suffix)}: use lowercase letters, digits and hyphens (\`acme\` gives taiwa-agenda-acme).`,
    );
  }
  const out = {} as Record<TaiwaTag, string>;
  const taken = new Map<string, string>();
  for (const tag of Object.keys(TAIWA_ELEMENTS) as TaiwaTag[]) {
    const name = names[tag] ?? (suffix ? `${tag}-${suffix}` : tag);
    if (typeof name !== 'string' || !VALID_NAME.test(name) || RESERVED.has(name)) {
      throw new TypeError(
        `[taiwa] ${JSON.stringify(name)} for <${tag}> is not a valid custom element name (lowercase, with a hyphen, like acme-agenda).`,
      );
    }
    const other = taken.get(name);
    if (other) throw new TypeError(`[taiwa] <${other}> and <${tag}> are both named ${name}: give each its own name.`);
    taken.set(name, tag);
    out[tag] = name;
  }
  for (const key of Object.keys(names)) {
    if (!(key in TAIWA_ELEMENTS))
      throw new TypeError(`[taiwa] names: ${JSON.stringify(key)} is not a Taiwa tag (${Object.keys(TAIWA_ELEMENTS).join(', ')}).`);
  }
  return out;
}

const sameNaming = (a: TagNaming | undefined, b: TagNaming) => !!a && [...b].every(([tag, name]) => a.get(tag) === name);

/**
 * Registers every Taiwa tag under the names `options` give and returns them (default tag → name).
 * The default names use the kit's own classes; any other names use a subclass per registration that
 * knows its names, so an element renders its children (the strength map's hint panel, the agenda's
 * controls) under the names of its own registration, and one class can be registered under two sets
 * of names on one page. A name already taken by another class is skipped with a `console.warn`, as
 * `taiwa/define` does; calling it again with the same names is silent. Bad options throw a
 * `TypeError` before anything is registered.
 */
export function defineTaiwa(options: DefineTaiwaOptions = {}): Record<TaiwaTag, string> {
  const names = tagNames(options);
  const registry = options.registry ?? globalThis.customElements;
  const naming: TagNaming = new Map(Object.entries(names));
  const defaults = Object.entries(names).every(([tag, name]) => tag === name);
  for (const [tag, base] of Object.entries(TAIWA_ELEMENTS) as [TaiwaTag, CustomElementConstructor][]) {
    const name = names[tag];
    const existing = registry.get(name);
    if (existing) {
      const ours = existing === base || (existing.prototype instanceof base && (defaults || sameNaming(namingOf(existing), naming)));
      if (!ours) console.warn(`[taiwa] <${name}> is already registered by another class; Taiwa's ${base.name} is not registered under it.`);
      continue;
    }
    if (defaults) {
      try {
        registry.define(name, base);
        continue;
      } catch {
        // The class is in this registry under a host's own name already: a subclass, then.
      }
    }
    const Named = class extends (base as unknown as typeof HTMLElement) {};
    Object.defineProperty(Named, 'name', { value: base.name });
    setNaming(Named, naming);
    registry.define(name, Named);
  }
  return names;
}
