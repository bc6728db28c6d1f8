/** The same keys as a zh-CN catalogue, every leaf a string: what each translation must fill. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
