/**
 * SCIM's discovery endpoints (RFC 7644 §4), minimal: what Taiwa supports (PATCH, filter; no bulk,
 * sort, change-password or etag-less conflicts), the User resource type, and the attributes it keeps.
 */
import { CORE, ENTERPRISE } from './scim-resource.js';

const SPC = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RT = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export function serviceProviderConfig(origin: string, maxResults: number) {
  return {
    schemas: [SPC],
    documentationUri: 'https://github.com/taiwa-kit/taiwa#provisioning-people-scim',
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'Bearer token', description: 'The TAIWA_SCIM_TOKEN secret.', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: `${origin}/scim/v2/ServiceProviderConfig` },
  };
}

export function resourceTypes(origin: string) {
  const user = {
    schemas: [RT],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    schema: CORE,
    schemaExtensions: [{ schema: ENTERPRISE, required: false }],
    meta: { resourceType: 'ResourceType', location: `${origin}/scim/v2/ResourceTypes/User` },
  };
  return { schemas: [LIST], totalResults: 1, startIndex: 1, itemsPerPage: 1, Resources: [user] };
}

const attr = (name: string, type: string, extra: Record<string, unknown> = {}) => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

export function schemas(origin: string) {
  const core = {
    schemas: [SCHEMA],
    id: CORE,
    name: 'User',
    attributes: [
      attr('userName', 'string', { required: true, uniqueness: 'server' }),
      attr('externalId', 'string', { caseExact: true }),
      attr('displayName', 'string'),
      attr('name', 'complex', { subAttributes: [attr('formatted', 'string'), attr('givenName', 'string'), attr('familyName', 'string')] }),
      attr('emails', 'complex', {
        multiValued: true,
        subAttributes: [attr('value', 'string'), attr('type', 'string'), attr('primary', 'boolean')],
      }),
      attr('timezone', 'string'),
      attr('active', 'boolean'),
    ],
    meta: { resourceType: 'Schema', location: `${origin}/scim/v2/Schemas/${CORE}` },
  };
  const enterprise = {
    schemas: [SCHEMA],
    id: ENTERPRISE,
    name: 'EnterpriseUser',
    attributes: [
      attr('department', 'string'),
      attr('manager', 'complex', { subAttributes: [attr('value', 'string'), attr('$ref', 'reference')] }),
    ],
    meta: { resourceType: 'Schema', location: `${origin}/scim/v2/Schemas/${ENTERPRISE}` },
  };
  return { schemas: [LIST], totalResults: 2, startIndex: 1, itemsPerPage: 2, Resources: [core, enterprise] };
}
