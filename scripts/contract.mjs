// Writes openapi.json, Taiwa's HTTP contract as OpenAPI 3.1, from the model's zod/mini schemas.
//   node scripts/contract.mjs           write openapi.json
//   node scripts/contract.mjs --check   fail when the committed openapi.json is stale
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../server/model.mjs';
import { hrComponentSchemas, hrInsightPaths } from './contract-insights.mjs';
import { peoplePaths } from './contract-people.mjs';

const root = new URL('..', import.meta.url);
const target = fileURLToPath(new URL('openapi.json', root));

const { schemas, insights, registry, toJSONSchema, RECORD_KINDS } = await loadModel();
const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

/** Record kind → component name. */
const RECORDS = {
  session: 'Session',
  agenda: 'Agenda',
  feedback: 'Feedback',
  level: 'LevelAssessment',
  pulse: 'Pulse',
  'hint-mark': 'HintMark',
  action: 'Action',
  series: 'Series',
};
const PARTS = ['AgendaItem', 'FeedbackItem', 'CatalogEntryOverride', 'Hint', 'CatalogOverride', 'Person'];

const DROPPED = {
  description:
    'Any property not named here is accepted and dropped: not stored, not returned, so a newer client’s field reaches an older server harmlessly. A field of another record kind is not unknown: it is refused (`not: {}`).',
};

/** Records are read leniently: `additionalProperties: false` (zod's output shape) becomes DROPPED. */
function lenient(schema) {
  if (Array.isArray(schema)) return schema.map(lenient);
  if (!schema || typeof schema !== 'object') return schema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, lenient(v)]));
  if (out.additionalProperties === false) out.additionalProperties = DROPPED;
  return out;
}

function components() {
  const reg = registry();
  for (const name of [...Object.values(RECORDS), ...PARTS]) reg.add(schemas[name], { id: name });
  reg.add(insights.StrengthMapSchema, { id: 'StrengthMap' });
  for (const [id, schema] of Object.entries(hrComponentSchemas(insights))) reg.add(schema, { id });
  reg.add(insights.StrengthPatternsSchema, { id: 'StrengthPatterns' });
  const out = toJSONSchema(reg, { uri: (id) => `#/components/schemas/${id}` }).schemas;
  for (const s of Object.values(out)) {
    delete s.$schema;
    delete s.$id;
  }
  const records = new Set([...Object.values(RECORDS), 'AgendaItem', 'FeedbackItem']);
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((k) => [k, records.has(k) ? lenient(out[k]) : out[k]]),
  );
}

const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema) => ({ 'application/json': { schema } });
const problemJson = { 'application/problem+json': { schema: ref('Problem') } };

const problem = {
  type: 'object',
  description: 'RFC 9457 problem details. `field` names the first bad field, `rule` the server rule that refused the record.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    field: { type: 'string' },
    rule: {
      type: 'string',
      description: '`updated-before-created`, `private-memo`, `stale-revision`, `idempotency-key-reused`, or the backend’s own.',
    },
    current: { description: 'With `stale-revision` (412): the record the server holds now.' },
    revision: {
      type: 'string',
      description: 'With `stale-revision` (412): the revision of `current`, to send as `If-Match` to replace it.',
    },
  },
  required: ['title', 'status'],
};

const etag = {
  ETag: {
    description: 'The record’s revision as a strong entity tag (`"3"`), assigned by the server on every accepted write.',
    schema: { type: 'string' },
  },
};

const retryAfter = {
  'Retry-After': { description: 'Seconds (or an HTTP date) to wait before the next attempt.', schema: { type: 'string' } },
};

function writeResponses(kind) {
  const name = RECORDS[kind];
  return {
    200: {
      description: 'Replaced (or the stored answer to a repeated Idempotency-Key, with `Idempotent-Replayed: true`).',
      headers: etag,
      content: json(ref(name)),
    },
    201: { description: 'Created.', headers: etag, content: json(ref(name)) },
    400: {
      description:
        'Malformed request: no Idempotency-Key, a body that is not JSON, or an id that differs from the path. Not retried: shown to the member as “needs attention”.',
      content: problemJson,
    },
    401: { description: 'Not signed in. The client pauses writes until the host signs the member in again.', content: problemJson },
    403: { description: 'Signed in, but this person may not write this record. Shown as “needs attention”.', content: problemJson },
    // 412 (a stale `If-Match` revision) comes with the revision rule: add it here.
    409: {
      description:
        'The request with this Idempotency-Key is still being processed (`rule: idempotency-key-in-flight`); retry it. Or the write met a record of this id that another person stored after this write was checked: nothing was written and no answer is stored for the key (`rule` as a 403 would give it now: `not-your-record`, `pair-changed`); or the pair already has an open series (`rule: series-exists`). Shown as “needs attention”.',
      content: problemJson,
    },
    412: {
      description:
        'The `If-Match` revision is not the stored one (or `If-None-Match: *` and the record exists): nothing was written (`rule: stale-revision`, `current` and `revision` hold the stored record, `ETag` its revision). Shown as “needs attention” with both versions.',
      headers: etag,
      content: problemJson,
    },
    422: {
      description:
        'The record is invalid, refused by a server rule, refused by the database though its schema allows it (`rule: database-refused`: the year 0, a NUL character in a text), or the Idempotency-Key was used with a different body. Shown as “needs attention”.',
      content: problemJson,
    },
    413: { description: 'The body is larger than the server’s limit (`TAIWA_BODY_LIMIT`). Not retried.', content: problemJson },
    415: {
      description: 'The body is not sent as JSON: `Content-Type` must be `application/json` (or a `+json` type). Not retried.',
      content: problemJson,
    },
    429: { description: 'Too many requests; retried after `Retry-After`.', headers: retryAfter, content: problemJson },
    '5XX': {
      description: 'Server failure; retried with backoff under the same Idempotency-Key. A 5xx is never stored as the answer to a key.',
      content: problemJson,
    },
  };
}

/** Answers every API route can give. */
const common = {
  401: { description: 'Not signed in.', content: problemJson },
  403: { description: 'Signed in, but this person may not read this.', content: problemJson },
  429: { description: 'Too many requests; retried after `Retry-After`.', headers: retryAfter, content: problemJson },
  '5XX': { description: 'Server failure.', content: problemJson },
};

function paths() {
  const out = {};
  const id = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'The record id, generated by the client.',
    schema: { type: 'string', minLength: 1, maxLength: 128 },
  };
  const key = {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description:
      'One key per write, the same on every retry of that write. The server stores the answer (2xx or 4xx) to each key and replays it for a repeat.',
    schema: { type: 'string', minLength: 1, maxLength: 255 },
  };
  const ifMatch = {
    name: 'If-Match',
    in: 'header',
    required: false,
    description:
      'The revision this write was made from (`"3"`, from `ETag` or the list’s `revisions`): the write applies only while it is still the stored one, else 412. Without If-Match and If-None-Match (older clients, for one version) writes apply in arrival order; the client’s `updatedAt` decides nothing.',
    schema: { type: 'string' },
  };
  const ifNoneMatch = {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: '`*`: create only; 412 when the record exists.',
    schema: { type: 'string', enum: ['*'] },
  };
  const query = [
    ['personId', 'Records whose member or manager is this person.'],
    ['sessionId', 'Records of this session.'],
    ['from', '`createdAt` at or after this ISO time.', 'date-time'],
    ['to', '`createdAt` before this ISO time.', 'date-time'],
  ].map(([name, description, format]) => ({
    name,
    in: 'query',
    required: false,
    description,
    schema: format ? { type: 'string', format } : { type: 'string', minLength: 1, maxLength: 128 },
  }));
  for (const kind of RECORD_KINDS) {
    const name = RECORDS[kind];
    out[`/records/${kind}/{id}`] = {
      put: {
        operationId: `put-${kind}`,
        summary: `Create or replace a ${kind} record (idempotent upsert by id).`,
        parameters: [id, key, ifMatch, ifNoneMatch],
        requestBody: { required: true, content: json(ref(name)) },
        responses: writeResponses(kind),
      },
    };
    out[`/records/${kind}`] = {
      get: {
        operationId: `query-${kind}`,
        summary: `The ${kind} records that match every given filter.`,
        parameters: query,
        responses: {
          200: {
            description: 'The matching records.',
            content: json({
              type: 'object',
              properties: {
                records: { type: 'array', items: ref(name) },
                revisions: {
                  type: 'object',
                  description:
                    'Each listed record’s revision by its id (what `ETag` says for it on a write), to send back as `If-Match: "<revision>"`.',
                  additionalProperties: { type: 'string' },
                },
              },
              required: ['records'],
            }),
          },
          400: {
            description:
              'A filter is malformed (an empty or too long id, a time that is not ISO 8601), unknown, or given twice; `field` names it.',
            content: problemJson,
          },
          ...common,
        },
      },
    };
  }
  Object.assign(out, peoplePaths({ ref, json, problemJson, common }));
  out['/catalog/{locale}'] = {
    get: {
      operationId: 'catalog',
      summary: 'Optional: the host’s catalogue override for a locale (rename, disable, reorder or add topics and response styles).',
      parameters: [{ name: 'locale', in: 'path', required: true, schema: { type: 'string', enum: ['ja', 'en'] } }],
      responses: {
        200: { description: 'The override.', content: json(ref('CatalogOverride')) },
        404: { description: 'No override: the default catalogue applies.', content: problemJson },
        ...common,
      },
    },
  };
  const num = (name, description, schema) => ({ name, in: 'query', required: false, description, schema });
  out['/insights/strengths'] = {
    get: {
      operationId: 'insight-strengths',
      summary:
        'The strengths map (topic × response style), computed where the data lives and masked as in src/insights/strengths.ts: ratings never leave the server.',
      parameters: [
        num('managerId', 'One manager’s map; omitted: the organisation’s.', { type: 'string', minLength: 1, maxLength: 128 }),
      ],
      description:
        'k (batch size and minimum ratings per published cell) and the prior are the server’s (TAIWA_STRENGTHS_K, TAIWA_STRENGTHS_PRIOR): `k` and `prior` in the query are ignored. Feedback the manager sees by name is left out.',
      responses: {
        200: { description: 'The map.', content: json(ref('StrengthMap')) },
        400: { description: 'A parameter is malformed, out of range, unknown, or given twice; `field` names it.', content: problemJson },
        403: { description: 'HR asked for a named manager’s map and the policy (TAIWA_HR_NAMED_STRENGTHS) keeps HR to the organisation’s patterns.', content: problemJson },
        ...common,
      },
    },
  };
  Object.assign(out, hrInsightPaths({ ref, json, problemJson, common }));
  out['/reminders'] = {
    get: {
      operationId: 'reminders',
      summary:
        'The caller’s reminders that fall due on a local date: the day before each upcoming 1on1 and on its day (src/calendar/reminders.ts), for the host’s backend to send mail or chat messages.',
      parameters: [
        { ...num('on', 'The local date (`YYYY-MM-DD`).', { type: 'string', format: 'date' }), required: true },
        num('timeZone', 'The IANA zone to count in (a zone the server does not know: 400); omitted: the person’s own, else UTC.', {
          type: 'string',
          minLength: 1,
          maxLength: 64,
          examples: ['Asia/Tokyo', 'Europe/Berlin', 'America/New_York', 'UTC'],
          'x-valid': 'examples',
        }),
      ],
      responses: {
        200: {
          description: 'The reminders due that day, in due order.',
          content: json({
            type: 'object',
            properties: {
              on: { type: 'string', format: 'date' },
              timeZone: { type: 'string' },
              reminders: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    id: { type: 'string', description: '`<1on1 id>/<kind>/<local date>`: stable across polls and tabs.' },
                    meetingId: { type: 'string' },
                    kind: { enum: ['day-before', 'same-day'] },
                    dueAt: { type: 'string', format: 'date-time' },
                    start: { type: 'string', format: 'date-time' },
                    date: { type: 'string', format: 'date' },
                    memberId: { type: 'string' },
                    managerId: { type: 'string' },
                    side: { enum: ['member', 'manager'] },
                    durationMinutes: { type: 'integer' },
                    timeZone: { type: 'string' },
                  },
                  required: ['id', 'meetingId', 'kind', 'dueAt', 'start', 'date', 'memberId', 'managerId', 'side'],
                },
              },
            },
            required: ['on', 'timeZone', 'reminders'],
          }),
        },
        400: { description: 'No date, a malformed one, an unknown zone, or no caller.', content: problemJson },
        ...common,
      },
    },
  };
  out['/insights/strength-patterns'] = {
    get: {
      operationId: 'insight-strength-patterns',
      summary:
        'HR’s view of strengths: per topic × response style, how many managers are weak and strong there, never which ones (server/strengths-org.ts).',
      description:
        'For HR (the organisation, or one department) and for a manager of managers (the managers below them). A cell with fewer than max(5, TAIWA_STRENGTHS_K) managers behind it is hidden.',
      parameters: [
        num('department', 'One department’s managers; omitted: every manager in the caller’s scope.', { type: 'string', minLength: 1, maxLength: 256 }),
      ],
      responses: {
        200: { description: 'The patterns.', content: json(ref('StrengthPatterns')) },
        400: { description: 'A parameter is malformed, unknown, or given twice; `field` names it.', content: problemJson },
        403: { description: 'Neither HR nor a manager of managers.', content: problemJson },
        ...common,
      },
    },
  };
  out['/insights/strengths/reads'] = {
    get: {
      operationId: 'insight-strengths-reads',
      summary: 'When others (HR, where the policy allows it) opened the caller’s own strengths map, newest first.',
      responses: {
        200: {
          description: 'The reads.',
          content: json({
            type: 'object',
            properties: { reads: { type: 'array', items: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } }, required: ['at'] } } },
            required: ['reads'],
          }),
        },
        400: { description: 'A query parameter was given: this route takes none.', content: problemJson },
        401: { description: 'No signed-in caller.', content: problemJson },
        ...common,
      },
    },
  };
  out['/policy'] = {
    get: {
      operationId: 'policy',
      summary: 'The sharing policy the kit follows: whether a member’s すっきり度 and answers are shown by name by default, and k.',
      responses: {
        200: {
          description: 'The policy.',
          content: json({
            type: 'object',
            properties: { shareRatingsByDefault: { type: 'boolean' }, k: { type: 'integer', minimum: 2 } },
            required: ['shareRatingsByDefault', 'k'],
          }),
        },
        400: { description: 'A query parameter was given: this route takes none.', content: problemJson },
        ...common,
      },
    },
  };
  const health = (summary, extra = {}) => ({
    get: {
      summary,
      servers: [{ url: '/' }],
      responses: { 200: { description: 'OK.', content: json({ type: 'object', properties: { ok: { const: true } } }) }, ...extra },
    },
  });
  out['/healthz'] = health('Liveness: the process answers.');
  out['/readyz'] = health('Readiness: the write path is warm, the database answers and the server is not shutting down.', {
    503: { description: 'Not ready (warming up, shutting down, or the database is unreachable).', headers: retryAfter, content: problemJson },
  });
  return out;
}

export function contract() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Taiwa records API',
      version: pkg.version,
      description:
        'What a backend implements so Taiwa widgets can store and read 1on1 records. Every record carries a client-generated id; every write is an idempotent upsert by id with an Idempotency-Key. Private memos never reach the server. Generated from src/model/schemas.ts by `npm run contract`; see docs/contract.md. Any other method on a path of this document is answered `405` with `Allow` naming the path’s methods (`GET, HEAD` or `PUT`); a path outside it `405` with an empty `Allow` (under the base) or `404`, as problem+json. Unknown properties of a record are dropped (see `additionalProperties`); unknown or repeated query parameters are refused (`400`); a body that is not JSON is refused (`415`). CORS: origins from the server’s configured list (`TAIWA_CORS_ORIGINS`); request headers allowed: `Authorization`, `Content-Type`, `Idempotency-Key`, `Taiwa-Flusher`, `If-Match`, `If-None-Match`; response headers exposed: `Retry-After`, `Idempotent-Replayed`, `ETag`.',
      license: { name: pkg.license },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/api', description: 'The server in server/ (Hono on PostgreSQL or PGlite).' }],
    security: [{ bearer: [] }, {}],
    paths: paths(),
    components: {
      schemas: { ...components(), Problem: problem },
      responses: {
        MethodNotAllowed: {
          description: 'This method is not defined for the path (any path of this document).',
          headers: { Allow: { description: 'The methods of the path, e.g. `GET, HEAD` or `PUT`.', schema: { type: 'string' } } },
          content: problemJson,
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Whatever the portal uses; the adapter’s `getHeaders` adds it.' },
      },
    },
  };
}

const text = `${JSON.stringify(contract(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error('openapi.json is stale: the model changed. Run `npm run contract` and commit openapi.json.');
    process.exit(1);
  }
  console.log('openapi.json is up to date.');
} else {
  await writeFile(target, text);
  console.log(`Wrote ${fileURLToPath(new URL('openapi.json', root))}`);
}
