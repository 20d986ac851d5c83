import { type Action, ACTIONS, MAX_LISTING } from 'partner-account-rules';
import { jsonSchemas } from 'partner-account-rules/schema';

// The service's OpenAPI 3.1 document, built from the library's JSON Schemas of the request
// bodies (OpenAPI 3.1 takes JSON Schema 2020-12 as it is), so it cannot drift from what the
// service accepts. Served at GET /openapi.json.

const problem = {
  description:
    'An RFC 9457 problem: the library’s refusal with its rule IDs, facts and remedies, or the service’s own.',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const refusals = (statuses: readonly number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), problem]));

const ACTION_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 500, 503];

const bodyName = (action: Action): string => `${action}_body`;

/** The document, with the body schema of each action under `components.schemas`. */
export const openApiDocument = (): object => {
  const schemas = jsonSchemas();
  const bodies = Object.fromEntries(
    ACTIONS.map((action) => {
      // The $schema of a component is the document's own dialect (JSON Schema 2020-12).
      const schema: Record<string, unknown> = { ...schemas[`bodies/${action}.schema.json`] };
      delete schema['$schema'];
      return [bodyName(action), schema];
    }),
  );
  const actionPaths = Object.fromEntries(
    ACTIONS.map((action) => [
      `/actions/${action}`,
      {
        post: {
          operationId: action,
          summary: `Carry out ${action.replaceAll('_', ' ')}: the actor is the token's, the time the server's.`,
          parameters: [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'A key of the client’s: a request sent again under it is carried out once.',
              schema: { type: 'string', minLength: 1, maxLength: 200 },
            },
            {
              name: 'Accept-Language',
              in: 'header',
              required: false,
              description: 'en or sv: the language of every message.',
              schema: { type: 'string' },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${bodyName(action)}` } } },
          },
          responses: {
            '200': {
              description: 'Accepted: the rules that allowed it and what changed.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Accepted' } } },
            },
            ...refusals(ACTION_STATUSES),
          },
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'partner-account-rules service',
      version: '1.0.0',
      description:
        'Who may add a property to a primary account, add or invite a user, change access rights or remove a property, and why not.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    security: [{ bearer: [] }],
    paths: {
      ...actionPaths,
      '/permitted': {
        get: {
          operationId: 'permitted',
          summary: 'What the caller may do now, action by action, about one property or none.',
          parameters: [{ name: 'property', in: 'query', required: false, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'One entry per action: allowed, refused (with the problem), unavailable or needs_property.',
              content: {
                'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Permission' } } },
              },
            },
            ...refusals([400, 401, 403, 404, 500, 503]),
          },
        },
        post: {
          operationId: 'permittedByProperty',
          summary: 'What the caller may do now at each property of a listing, action by action.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    properties: { type: 'array', maxItems: MAX_LISTING, items: { type: 'string', minLength: 1 } },
                  },
                  required: ['properties'],
                },
              },
            },
          },
          responses: {
            '200': {
              description:
                'One entry per property, in the order asked, with its permissions as GET /permitted answers them.',
              content: {
                'application/json': {
                  schema: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        property: { type: 'string' },
                        permissions: { type: 'array', items: { $ref: '#/components/schemas/Permission' } },
                      },
                      required: ['property', 'permissions'],
                    },
                  },
                },
              },
            },
            ...refusals([400, 401, 403, 404, 415, 500, 503]),
          },
        },
      },
      '/health': {
        get: {
          operationId: 'health',
          summary: 'Whether the service can reach its database.',
          security: [],
          responses: {
            '200': { description: 'Ready.', content: { 'application/json': { schema: { type: 'object' } } } },
            '503': problem,
          },
        },
      },
      '/metrics': {
        get: {
          operationId: 'metrics',
          summary: 'Counters in Prometheus’ text format: commands by action and outcome, transactions per accepted.',
          security: [],
          responses: {
            '200': { description: 'The counters.', content: { 'text/plain': { schema: { type: 'string' } } } },
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document.',
          security: [],
          responses: { '200': { description: 'The OpenAPI document.' } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...bodies,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            rules: { type: 'array', items: { type: 'string' } },
            facts: { type: 'object' },
            remedies: { type: 'array', items: { type: 'object' } },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { pointer: { type: 'string' }, code: { type: 'string' }, detail: { type: 'string' } },
              },
            },
          },
        },
        Accepted: {
          type: 'object',
          required: ['status', 'rules', 'events'],
          properties: {
            status: { const: 200 },
            rules: { type: 'array', items: { type: 'string' } },
            events: { type: 'array', items: { type: 'object', required: ['kind', 'at'] } },
            replayed: {
              type: 'boolean',
              description: 'Answered from an earlier request under the same Idempotency-Key.',
            },
          },
        },
        Permission: {
          type: 'object',
          required: ['action', 'status'],
          properties: {
            action: { enum: [...ACTIONS] },
            status: { enum: ['allowed', 'refused', 'unavailable', 'needs_property'] },
            problem: { $ref: '#/components/schemas/Problem' },
          },
        },
      },
    },
  };
};
