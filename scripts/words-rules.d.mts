// Types for scripts/words-rules.mjs (plain JavaScript for Node and the browser tests).
export interface Piece {
  text: string;
  line: number;
}
export interface Finding {
  line: number;
  word: string;
  use: string;
  why: string;
  text: string;
}
export const JA_RULES: ReadonlyArray<{ word: string; use: string; why: string; allow?: RegExp; pattern?: RegExp }>;
export function stringsOf(source: string): Piece[];
export function proseOf(source: string): Piece[];
export function findingsIn(pieces: Piece[], kind?: { en?: boolean; ja?: boolean }): Finding[];
export function formatFinding(file: string, finding: Finding): string;
export function checkFile(path: string, source: string): Finding[];
