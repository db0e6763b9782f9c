/**
 * The Chinese font of the PDF documents (Noto Sans SC Regular, SIL OFL), read from disk only when a
 * document is made, so the cold start of a function that never makes one does not pay for it.
 * Bundled (infra/service-function.ts): esbuild's `file` loader copies the font beside the bundle and
 * the dynamic import below answers its path; run from source (local runtime, tests) the import fails
 * and the font is read from its package. Cached per container once read.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

let cached: Promise<Uint8Array> | undefined;

async function fontFile(): Promise<string> {
  try {
    const bundled = (await import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')).default;
    if (typeof bundled === 'string' && !bundled.startsWith('/@') && !bundled.startsWith('data:')) {
      const path = bundled.startsWith('/') ? bundled : fileURLToPath(new URL(bundled, import.meta.url));
      if (existsSync(path)) return path;
    }
  } catch {
    // Not bundled: Node has no loader for .ttf.
  }
  return createRequire(import.meta.url).resolve(FONT_MODULE);
}

/** The font's bytes (about 10 MB; only the glyphs a document uses are embedded). */
export function documentFont(): Promise<Uint8Array> {
  cached ??= fontFile().then((path) => readFile(path)).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
