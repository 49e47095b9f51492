/// <reference types="vite/client" />

// Only the variables declared below may be read: with strictImportMetaEnv a
// misspelt or undeclared import.meta.env.VITE_* fails typecheck instead of
// reading `any`. Every variable here is listed, with what it does, in .env.example.
interface ViteTypeOptions {
  strictImportMetaEnv: unknown;
}

interface ImportMetaEnv {
  /** 天地图 (Tianditu) browser key, built into the bundle; empty or unset hides the 天地图 basemaps. */
  readonly VITE_TIANDITU_TOKEN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
