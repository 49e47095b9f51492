/**
 * Which WebGL renderer draws the map. Without a usable GPU (a projector PC, a
 * locked-down office laptop, a remote desktop) browsers fall back to a CPU
 * rasteriser: Chrome's SwiftShader, Mesa's llvmpipe, Windows' Basic Render
 * Driver (WARP). There every pixel of a map frame costs CPU time.
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|basic render driver|software/i;

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer);
}

/** The renderer's name, unmasked where the browser allows it. */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = info
    ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL)
    : gl.getParameter(gl.RENDERER);
  return typeof name === 'string' ? name : '';
}
