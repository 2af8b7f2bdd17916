// Type-level checks of the SPA's own API types against the types generated from the services'
// OpenAPI documents (../generated, see openapi/README.md). Nothing here runs: a check that does
// not hold is a `tsc` error, so `npm run build` and `npm run typecheck` fail, naming the field.

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Success = 200 | 201 | 202 | 204;

/** What an operation the generated `paths` do not have becomes: assignable to no SPA type. */
export interface NoSuchOperation<Name extends string> {
  readonly __noSuchOperation: Name;
}

type OperationOf<Paths, P extends keyof Paths, M extends Method> = M extends keyof Paths[P]
  ? Exclude<Paths[P][M], undefined>
  : never;

/**
 * The JSON body of an operation's successful answers, or {@link NoSuchOperation} when the
 * service has no such operation (so a check against it fails instead of passing on `never`).
 */
export type Answer<Paths, P extends keyof Paths & string, M extends Method> = [OperationOf<Paths, P, M>] extends [never]
  ? NoSuchOperation<`${Uppercase<M>} ${P}`>
  : OperationOf<Paths, P, M> extends { responses: infer R }
    ? {
        [S in keyof R & Success]: R[S] extends { content: { 'application/json': infer Body } } ? Body : never;
      }[keyof R & Success]
    : NoSuchOperation<`${Uppercase<M>} ${P}`>;

/** The JSON body an operation takes, or {@link NoSuchOperation}. */
export type RequestBody<Paths, P extends keyof Paths & string, M extends Method> = [OperationOf<Paths, P, M>] extends [never]
  ? NoSuchOperation<`${Uppercase<M>} ${P}`>
  : OperationOf<Paths, P, M> extends { requestBody?: { content: { 'application/json': infer Body } } }
    ? Body
    : NoSuchOperation<`${Uppercase<M>} ${P} (with a JSON body)`>;

/**
 * Holds when every answer the service can give ({@code Served}) is a value of the SPA's type:
 * each field the SPA reads exists with a type it accepts (a field the service renamed, retyped,
 * made nullable or optional, or an enum value it added, fails here). Fields the SPA does not
 * read are free.
 */
export type Reads<Spa, Served extends Spa> = [Spa, Served];

/**
 * Holds when what the SPA sends is a request the service accepts: every field the service
 * requires is there, with a type it accepts. See also {@link OnlyKnownFields}.
 */
export type Sends<Served, Sent extends Served> = [Served, Sent];

/**
 * The fields of `Sent` the service does not know, as dotted paths (`emailTemplate.footer`,
 * `ids[]`); `never` when there is none.
 */
export type UnknownFields<Sent, Served, Prefix extends string = ''> = Sent extends readonly (infer SentItem)[]
  ? NonNullable<Served> extends readonly (infer ServedItem)[]
    ? UnknownFields<SentItem, ServedItem, `${Prefix}[].`>
    : never
  : Sent extends object
    ? NonNullable<Served> extends object
      ? {
          [K in keyof Sent & string]-?: K extends keyof NonNullable<Served>
            ? UnknownFields<Sent[K], NonNullable<Served>[K], `${Prefix}${K}.`>
            : `${Prefix}${K}`;
        }[keyof Sent & string]
      : never
    : never;

/**
 * Holds when no field the SPA sends is unknown to the service (the services refuse unknown
 * fields): use as `OnlyKnownFields<UnknownFields<Sent, Served>>`; tsc names the unknown field.
 */
export type OnlyKnownFields<Unknown extends never> = Unknown;

/** Holds when the operation exists (a path and method the SPA calls). */
export type Exists<Op> = Op extends NoSuchOperation<infer Name> ? `no such operation: ${Name}` : true;
export type Assert<T extends true> = T;
