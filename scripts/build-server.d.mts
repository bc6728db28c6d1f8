// Types of build-server.mjs for the TypeScript that calls it (tests, benchmarks).
export function serverIsCurrent(): boolean;
export function buildServer(options?: { force?: boolean; quiet?: boolean }): Promise<boolean>;
