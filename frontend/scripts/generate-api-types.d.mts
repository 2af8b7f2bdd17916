/** The services whose OpenAPI documents are committed in openapi/. */
export declare const SERVICES: readonly string[];
/** The generated module of one service (what src/api/generated/<service>.ts must hold). */
export declare function generate(service: string): Promise<string>;
