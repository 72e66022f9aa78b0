// Types for scripts/sandbox-image.mjs, so TypeScript suites can call the set-up step.
export declare const ROOT: string;
export declare const IMAGE_DIR: string;
export declare const IMAGE_REPO: string;
export declare const BASE_IMAGE: string;
export declare function dockerBin(): string;
export declare function dockerUp(): boolean;
export declare function ensureDocker(): Promise<{ ok: true } | { ok: false; reason: string }>;
export declare function contextFiles(): string[];
export declare function sandboxImageTag(): string;
export declare function imageExists(ref: string): boolean;
export declare function debianMirror(): { main: string; security: string | null };
export declare function ensureBaseImage(): void;
export declare function ensureSandboxImage(options?: { force?: boolean }): string;
export declare function setupSandboxDocker(options?: { required?: boolean }): Promise<boolean>;
