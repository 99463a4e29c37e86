// d3 declares itself free of side effects, so a bundler drops d3-transition's one side effect:
// adding `transition()` and `interrupt()` to selections. Charts import this module to keep it.
import 'd3-transition'
