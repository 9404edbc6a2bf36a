// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 1d54ef491a07aba0 (of the text below this banner)

export interface paths {
    "/v1/cogs/{cog_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a cog
         * @deprecated
         * @description Reads a cog.
         */
        get: operations["getCog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a cog
         * @description Changes a cog.
         */
        patch: operations["updateCog"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A cog id.
         * @example cog_abc123
         */
        CogId: `cog_${string}`;
        /**
         * @description A change to a cog; `state` retired needs a `reason`.
         * @example {
         *       "name": "Sprocket"
         *     }
         */
        CogUpdate: components["schemas"]["CogFields"] & (components["schemas"]["RetireRule"] | components["schemas"]["OtherStateRule"]);
        /** @description Every field of a change. */
        CogFields: {
            /**
             * @description New name.
             * @example Sprocket
             */
            name?: string;
            /**
             * @description New state.
             * @example active
             * @enum {string}
             */
            state?: "active" | "retired";
            /**
             * @description Why the cog was retired.
             * @example broken
             */
            reason?: string;
        };
        /** @description Retiring needs a reason. */
        RetireRule: {
            /**
             * @description Retired.
             * @constant
             */
            state: "retired";
            /**
             * @description The reason.
             * @example broken
             */
            reason: string;
        };
        /** @description Any other change. */
        OtherStateRule: {
            /**
             * @description Active.
             * @example active
             * @enum {string}
             */
            state?: "active";
        };
        /** @description A cog. */
        Cog: {
            /** @description Its id. */
            id: components["schemas"]["CogId"];
            /**
             * @description Its name.
             * @example Sprocket
             */
            name: string;
            /**
             * @description Its state; more states may appear.
             * @example active
             */
            state?: "active" | "retired" | (string & {});
        };
        /** @description An error. */
        Problem: {
            /**
             * @description What went wrong.
             * @example not found
             */
            message?: string;
        };
    };
    responses: never;
    parameters: {
        /** @description The cog. */
        CogIdPath: components["schemas"]["CogId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getCog: {
        parameters: {
            query?: {
                /** @description Include related data. */
                is_expanded?: boolean;
            };
            header?: never;
            path: {
                /** @description The cog. */
                cog_id: components["parameters"]["CogIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cog"];
                };
            };
            /** @description No such cog. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCog: {
        parameters: {
            query?: never;
            header?: {
                /** @description A tag echoed in logs. */
                "x-request-tag"?: string;
            };
            path: {
                /** @description The cog. */
                cog_id: components["parameters"]["CogIdPath"];
            };
            cookie?: never;
        };
        /** @description The change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CogUpdate"];
            };
        };
        responses: {
            /** @description The cog. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cog"];
                };
            };
            /** @description No such cog. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
