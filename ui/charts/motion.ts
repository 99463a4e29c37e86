// Whether the reader has asked their system for less motion (prefers-reduced-motion): charts then
// redraw without animating and the page jumps rather than scrolls smoothly. CSS transitions are
// turned off by the same setting in shared-styles.ts.
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** The scroll behaviour to use: smooth, unless motion is reduced. */
export function scrollBehaviour(): ScrollBehavior {
  return reducedMotion() ? 'auto' : 'smooth'
}
