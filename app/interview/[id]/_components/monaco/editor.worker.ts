// Monaco's core editor worker (diffing, links, word-based suggestions), bundled locally.
import "monaco-editor/editor/editor.worker";
