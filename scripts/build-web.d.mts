// Types of build-web.mjs for the TypeScript that calls it (the e2e harness, screenshots).
export function webIsCurrent(): boolean;
export function buildWeb(options?: { force?: boolean; quiet?: boolean }): Promise<boolean>;
