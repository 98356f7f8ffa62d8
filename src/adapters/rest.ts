/**
 * The adapter over Taiwa's HTTP contract (docs/contract.md, openapi.json): idempotent upserts by id
 * with an `Idempotency-Key`, queries by person, session and time, timeouts, the portal's auth
 * headers, and a pause on 401 until the host says it signed in again.
 */
import { TaiwaConflictError, TaiwaDataError } from '../model/errors.js';
import type { Locale, Person } from '../model/schemas.js';
import { RECORD_KINDS, type RecordKind, type RecordMap } from '../model/records.js';
import type { InsightKind, InsightQueries, InsightResults } from '../model/insights.js';
import { TypedEventTarget } from '../events/typed-event-target.js';
import { TaiwaAuthRequiredEvent } from '../events/auth-required.js';
import { TaiwaResumedEvent } from '../events/auth-resumed.js';
import type { RecordQuery, WriteResult } from './types.js';
import type { ImportAnswer, PutOptions, RestAdapter, RestAdapterEventMap, RestAdapterOptions } from './rest-types.js';
import { httpFailure, TaiwaHttpError } from './rest-http.js';

export { parseRetryAfter, TaiwaHttpError, type HttpErrorCode } from './rest-http.js';
import type { SharingPolicy } from '../model/adapter.js';
import { offDeviceRefusal, stripPrivateMemos } from '../model/privacy.js';
import { parseRecord } from '../model/validate.js';

export type { ImportAnswer, PutOptions, RestAdapter, RestAdapterEventMap, RestAdapterOptions } from './rest-types.js';

/** `"3"` → `3`; a weak or missing tag is no revision. */
function revisionOfTag(etag: string | null): string | undefined {
  const m = etag ? /^"([^"]{1,64})"$/.exec(etag.trim()) : null;
  return m?.[1];
}

/** The policy answer, checked: anything else is a `TaiwaDataError`, never a guess. */
function policyOf(body: unknown): SharingPolicy {
  const b = body as Partial<SharingPolicy> | null;
  if (!b || typeof b.shareRatingsByDefault !== 'boolean' || !Number.isInteger(b.k) || b.k! < 1)
    throw new TaiwaDataError({ kind: 'policy', reason: 'the server did not answer with { shareRatingsByDefault, k }' });
  return { shareRatingsByDefault: b.shareRatingsByDefault, k: b.k! };
}

function checkKind(kind: string): asserts kind is RecordKind {
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) throw new TaiwaDataError({ kind: String(kind), reason: 'unknown record kind' });
}

class Rest extends TypedEventTarget<RestAdapterEventMap> implements RestAdapter {
  readonly local = false as const;
  readonly baseUrl: string;
  paused = false;
  private readonly fetchFn: typeof fetch;

  constructor(private readonly options: RestAdapterOptions) {
    super();
    if (typeof options?.baseUrl !== 'string' || options.baseUrl === '') {
      throw new TaiwaDataError({ kind: 'adapter', field: 'baseUrl', reason: 'createRestAdapter needs the base URL of the backend' });
    }
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchFn = options.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.dispatchEvent(new TaiwaResumedEvent());
  }

  reauthenticated(): void {
    this.resume();
  }

  /** Revisions the server gave, by `kind|id`: from list answers and from the ETag of writes. */
  readonly #revisions = new Map<string, string>();

  revisionOf(kind: RecordKind, id: string): string | undefined {
    return this.#revisions.get(`${kind}|${id}`);
  }

  async put<K extends RecordKind>(kind: K, record: RecordMap[K], options: PutOptions = {}): Promise<WriteResult> {
    checkKind(kind);
    if (this.paused) throw new TaiwaHttpError('paused', 'Writes are paused until you sign in again.', { status: 401 });
    // Validated like the guarded path: a bad record is a TaiwaDataError and nothing is sent.
    const parsed = parseRecord(kind, record);
    if (!parsed.ok) throw parsed.error;
    const refused = offDeviceRefusal(kind, parsed.value);
    if (refused) throw refused;
    const id = parsed.value.id;
    const body = JSON.stringify(stripPrivateMemos(kind, parsed.value));
    const conditions: Record<string, string> = {};
    if (options.ifMatch !== undefined) conditions['if-match'] = `"${options.ifMatch}"`;
    if (options.ifNoneMatch === '*') conditions['if-none-match'] = '*';
    let etag: string | null;
    try {
      etag = await this.request('PUT', `/records/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, {
        body,
        headers: { 'content-type': 'application/json', 'idempotency-key': options.idempotencyKey ?? crypto.randomUUID(), ...conditions, ...options.headers },
        etag: true,
      });
    } catch (err) {
      if (err instanceof TaiwaHttpError && err.status === 412) throw this.conflict(kind, id, err);
      throw err;
    }
    const revision = revisionOfTag(etag);
    if (revision !== undefined) this.#revisions.set(`${kind}|${id}`, revision);
    return { revision: revision ?? '' };
  }

  /** A 412 as the adapters' one conflict error, with the stored record and its revision. */
  private conflict(kind: string, id: string, err: TaiwaHttpError): TaiwaConflictError {
    const p = (err.problem ?? {}) as { current?: unknown; revision?: unknown };
    const revision = typeof p.revision === 'string' ? p.revision : undefined;
    if (revision !== undefined) this.#revisions.set(`${kind}|${id}`, revision);
    return new TaiwaConflictError({ kind, id, current: p.current, revision, problem: err.problem, cause: err });
  }

  async query<K extends RecordKind>(kind: K, query: RecordQuery = {}): Promise<RecordMap[K][]> {
    checkKind(kind);
    const params = new URLSearchParams();
    // Every filter given goes to the server, which refuses a malformed or unknown one (400) as the
    // in-browser adapters do: the same query gets the same answer through every adapter.
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
    const qs = params.toString() ? `?${params}` : '';
    const body = await this.json(kind, await this.request('GET', `/records/${encodeURIComponent(kind)}${qs}`));
    const records = (body as { records?: unknown } | null)?.records;
    if (!body || typeof body !== 'object' || !Array.isArray(records)) {
      throw new TaiwaDataError({ kind, field: 'records', reason: 'the server did not answer with { records: [...] }' });
    }
    // Optional (servers before revisions send none): what a later write sends as If-Match.
    const revisions = (body as { revisions?: unknown }).revisions;
    if (revisions && typeof revisions === 'object') {
      for (const [id, revision] of Object.entries(revisions)) if (typeof revision === 'string') this.#revisions.set(`${kind}|${id}`, revision);
    }
    // Each record is validated by the guard, so a bad one is reported beside the valid ones.
    return records as RecordMap[K][];
  }

  /** The server's aggregate; the guard validates the answer with the model's `insightSchemas`. */
  async aggregate<I extends InsightKind>(insight: I, query: InsightQueries[I]): Promise<InsightResults[I]> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
    const qs = params.toString() ? `?${params}` : '';
    const path = `/insights/${encodeURIComponent(insight)}${qs}`;
    return (await this.json(`insight:${insight}`, await this.request('GET', path))) as InsightResults[I];
  }

  /** `GET {base}/records/person`: the people the signed-in viewer may see; validated by the guard. */
  async people(): Promise<Person[]> {
    const body = await this.json('person', await this.request('GET', '/records/person'));
    const records = (body as { records?: unknown } | null)?.records;
    if (!Array.isArray(records)) throw new TaiwaDataError({ kind: 'person', field: 'records', reason: 'the server did not answer with { records: [...] }' });
    return records as Person[];
  }

  /** `POST {base}/me/import` of one batch (at most 2,000 records); `importLocalRecords` sends them in batches. */
  async importRecords(records: Partial<Record<RecordKind, unknown[]>>): Promise<ImportAnswer> {
    const text = await this.request('POST', '/me/import', { body: JSON.stringify({ records }), headers: { 'content-type': 'application/json' } });
    return (await this.json('import', text)) as ImportAnswer;
  }

  #policy?: Promise<SharingPolicy>;

  /** `GET {baseUrl}/policy`, once per page (a failure is asked again): who sees what, and k. */
  policy(): Promise<SharingPolicy> {
    if (!this.#policy) {
      this.#policy = this.request('GET', '/policy').then((text) => this.json('policy', text)).then(policyOf);
      this.#policy.catch(() => (this.#policy = undefined));
    }
    return this.#policy;
  }

  /** One catalogue request per locale for the page: every widget asks, the answer is the same. */
  readonly #catalogs = new Map<Locale, Promise<unknown>>();

  catalog(locale: Locale): Promise<unknown> {
    let answer = this.#catalogs.get(locale);
    if (!answer) {
      answer = this.#fetchCatalog(locale);
      // A failure is not kept: the next widget (or a later render) asks again.
      answer.catch(() => this.#catalogs.delete(locale));
      this.#catalogs.set(locale, answer);
    }
    return answer;
  }

  async #fetchCatalog(locale: Locale): Promise<unknown> {
    try {
      return await this.json('catalog', await this.request('GET', `/catalog/${encodeURIComponent(locale)}`));
    } catch (err) {
      // No override is an ordinary answer: the defaults apply.
      if (err instanceof TaiwaHttpError && err.status === 404) return undefined;
      throw err;
    }
  }

  private async json(kind: string, text: string): Promise<unknown> {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new TaiwaDataError({ kind, reason: 'the server answered with something that is not JSON', cause: err });
    }
  }

  /** One request with a timeout; resolves with the body of a 2xx answer (or with `etag`, its ETag header), otherwise throws. */
  private async request(method: string, path: string, init: { body?: string; headers?: Record<string, string>; etag: true }): Promise<string | null>;
  private async request(method: string, path: string, init?: { body?: string; headers?: Record<string, string> }): Promise<string>;
  private async request(
    method: string,
    path: string,
    init: { body?: string; headers?: Record<string, string>; etag?: boolean } = {},
  ): Promise<string | null> {
    const { headers, getHeaders, timeoutMs = 15_000, credentials = 'same-origin' } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let dynamic: Record<string, string> = {};
      if (getHeaders) {
        try {
          dynamic = await getHeaders();
        } catch (err) {
          // The portal could not give a token (its refresh failed): sign-in is needed, not a retry.
          throw this.signInNeeded({ cause: err });
        }
      }
      const init2: RequestInit = {
        method,
        headers: { accept: 'application/json', ...headers, ...dynamic, ...init.headers },
        signal: controller.signal,
        credentials,
        cache: 'no-store',
      };
      if (init.body !== undefined) init2.body = init.body;
      const res = await this.fetchFn(`${this.baseUrl}${path}`, init2);
      const text = await res.text();
      if (res.ok) return init.etag ? res.headers.get('etag') : text;
      throw this.failure(method, path, res, text);
    } catch (err) {
      if (err instanceof TaiwaHttpError || err instanceof TaiwaDataError) throw err;
      if (timedOut) throw new TaiwaHttpError('timeout', `The server did not answer within ${timeoutMs} ms.`, { cause: err });
      throw new TaiwaHttpError('network', 'The server could not be reached (offline, or the connection broke).', { cause: err });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Pauses writes until `resume()` and asks the host to sign the user in again (once per pause). */
  private signInNeeded(init: ConstructorParameters<typeof TaiwaHttpError>[2]): TaiwaHttpError {
    if (!this.paused) {
      this.paused = true;
      this.dispatchEvent(new TaiwaAuthRequiredEvent(init?.status ?? 401));
    }
    return new TaiwaHttpError('auth', 'Your sign-in has expired; sign in again to continue.', init);
  }

  private failure(method: string, path: string, res: Response, text: string): TaiwaHttpError {
    const failed = httpFailure(method, path, res, text);
    return failed.code === 'auth' ? this.signInNeeded({ status: failed.status, problem: failed.problem, retryAfterMs: failed.retryAfterMs }) : failed;
  }
}

/**
 * An adapter over Taiwa's HTTP contract. Every write is an idempotent upsert with an
 * `Idempotency-Key`; errors are `TaiwaHttpError`s (`TaiwaStorageError` with `status`); a 401 pauses
 * writes until `resume()` and fires `auth-required` on the adapter. Wrap it in `withOutbox()` so that
 * nothing is lost while the network or the server is away.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new Rest(options);
}
