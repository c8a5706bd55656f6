export declare const COMPILE_OPTIONS: { strict: true; noEscape: true };
