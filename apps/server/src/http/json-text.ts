import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/**
 * A response body that PostgreSQL already wrote as JSON, meant to satisfy the contract `Schema`. It is sent as
 * is: the route keeps its zod response schema for the API description, and a feature test validates
 * what the query produces against that schema, since nothing checks it on the way out.
 */
export type JsonText<Schema extends z.ZodType> = string & { readonly __contract?: Schema };

export function sendJsonText(reply: FastifyReply, body: JsonText<z.ZodType>): FastifyReply {
  // A string with a JSON content type skips Fastify's serializer (and so the zod one).
  return reply.type('application/json; charset=utf-8').send(body);
}
