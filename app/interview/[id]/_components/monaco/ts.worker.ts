// Monaco's TypeScript/JavaScript language service worker (JavaScript completions and diagnostics).
import "monaco-editor/language/typescript/ts.worker";
