// Vitest stand-in for Next's `server-only` marker: importing it outside Next is harmless.
export {};
