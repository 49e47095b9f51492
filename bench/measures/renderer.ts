/**
 * Which WebGL renderer the benchmark ran on, read in the page
 * (WEBGL_debug_renderer_info): a software rasteriser (SwiftShader, llvmpipe)
 * draws a map frame in tens to hundreds of ms, a GPU in a few, so absolute
 * budgets are judged only on a GPU (see report.ts).
 */
import type { Page } from '@playwright/test';

export interface Renderer {
  /** UNMASKED_RENDERER_WEBGL, or the masked RENDERER where the extension is missing. */
  name: string;
  isSoftware: boolean;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The renderer a WebGL2 canvas on `page` gets (the same one the map got). */
export async function readRenderer(page: Page): Promise<Renderer> {
  const name = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'no WebGL2';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  // No WebGL2 at all cannot be a GPU the map used either.
  return { name, isSoftware: SOFTWARE.test(name) || name === 'no WebGL2' };
}
