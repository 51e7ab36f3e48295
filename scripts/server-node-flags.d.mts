/** The Node flags the server runs with (server-node-flags.mjs says why). */
export declare const serverNodeFlags: string[];
