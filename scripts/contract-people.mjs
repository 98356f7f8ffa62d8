// The people and "my data" paths of openapi.json (wp-scim): read by scripts/contract.mjs. The
// SCIM 2.0 endpoints (/scim/v2, RFC 7643/7644) are not part of this contract: they follow the RFCs.
export function peoplePaths({ ref, json, problemJson, common }) {
  const kinds = { type: 'object', description: 'Records by kind.', additionalProperties: { type: 'array', items: {} } };
  const refused = {
    type: 'object',
    properties: {
      kind: { type: 'string' },
      id: { type: 'string' },
      status: { type: 'integer' },
      rule: { type: 'string', description: '`not-yours` (memberId is not the caller), a server rule, or `stale-write`.' },
      field: { type: 'string' },
      detail: { type: 'string' },
    },
    required: ['kind', 'status'],
  };
  return {
    '/records/person': {
      get: {
        operationId: 'query-person',
        summary:
          'The people the caller may see: themselves, their manager, their direct reports (an HR admin: everyone). Read-only: people are provisioned through SCIM 2.0 (`/scim/v2/Users`) or the people import.',
        responses: {
          200: {
            description: 'The people, by id.',
            content: json({ type: 'object', properties: { records: { type: 'array', items: ref('Person') } }, required: ['records'] }),
          },
          400: { description: 'A query parameter was given: this list takes none.', content: problemJson },
          ...common,
        },
      },
    },
    '/me/export': {
      get: {
        operationId: 'me-export',
        summary:
          'Everything of the caller’s (APPI / GDPR): their person row, grants, and every record they wrote or whose 1on1 they are in.',
        responses: {
          200: {
            description: 'A JSON download (`Content-Disposition: attachment`).',
            content: json({
              type: 'object',
              properties: {
                exportedAt: { type: 'string', format: 'date-time' },
                person: {},
                grants: { type: 'array', items: { type: 'string' } },
                records: kinds,
              },
              required: ['exportedAt', 'person', 'grants', 'records'],
            }),
          },
          400: { description: 'A query parameter was given: this route takes none.', content: problemJson },
          ...common,
        },
      },
    },
    '/me': {
      delete: {
        operationId: 'me-delete',
        summary:
          'Erases the caller (APPI / GDPR): their person row, grants, every record about them as a member, and every record they wrote as a manager.',
        responses: {
          200: {
            description: 'What was erased.',
            content: json({
              type: 'object',
              properties: {
                deleted: {
                  type: 'object',
                  properties: {
                    person: { type: 'boolean' },
                    grants: { type: 'integer' },
                    records: { type: 'object', additionalProperties: { type: 'integer' } },
                    idempotencyKeys: { type: 'integer' },
                  },
                  required: ['person', 'grants', 'records', 'idempotencyKeys'],
                },
              },
              required: ['deleted'],
            }),
          },
          ...common,
        },
      },
    },
    '/me/import': {
      post: {
        operationId: 'me-import',
        summary:
          'A member’s records from the browser-only mode, on first sign-in: each validated like a PUT, only those whose memberId is the caller, private memo texts stripped and private action items left out. Idempotent: importing again changes nothing. At most 2,000 records per request.',
        requestBody: { required: true, content: json({ type: 'object', properties: { records: kinds }, required: ['records'] }) },
        responses: {
          200: {
            description: 'What was imported, already there, stripped and refused.',
            content: json({
              type: 'object',
              properties: {
                imported: { type: 'integer' },
                unchanged: { type: 'integer' },
                stripped: { type: 'object', properties: { memos: { type: 'integer' }, actions: { type: 'integer' } } },
                refused: { type: 'array', items: refused },
              },
              required: ['imported', 'unchanged', 'stripped', 'refused'],
            }),
          },
          400: { description: 'The body is not `{ records: { [kind]: [...] } }`, or has too many records.', content: problemJson },
          ...common,
        },
      },
    },
  };
}
