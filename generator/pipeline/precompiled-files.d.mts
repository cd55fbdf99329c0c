export declare const ROOT: string;
export declare const RECIPE: number;
export declare const CACHE_DIR: string;
export declare function precompiledFiles(name: string): { bundle: string; inputs: string };
export declare function freshPrecompiled(name: string): URL | undefined;
