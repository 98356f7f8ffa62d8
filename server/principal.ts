/**
 * Who is calling: set by the authentication middleware (server/auth.ts) from the verified token,
 * read by every route through `c.get('principal')`. Person ids and the tenant come from here and
 * from the org chart (server/people.ts), never from a request body or the URL.
 */
export interface Principal {
  /** The token's subject: a person id in `people`. */
  personId: string;
  /** The organisation: the token's tenant claim, or "default" with one organisation per deployment. */
  tenant: string;
}
