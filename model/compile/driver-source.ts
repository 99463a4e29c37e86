// The integration loops, as source appended to each model's generated code. They are fixed text
// (no model content), but compiled per model so that the calls to that model's phase functions are
// monomorphic and V8 can inline them: a single shared loop calling every model's functions would
// be several times slower than a hand-written loop. Each returns the sum of the saved values,
// which is NaN exactly when some saved value is (or when infinities of opposite sign were saved).
//
// STATE_VECTOR_EULER is the Euler loop over the state vector, for models too large for the fused
// loop (fused-euler.ts), which keeps every slot in a local.
//
// Time series inputs are data: `inputsAt` sets each such constant from its series and recomputes
// the auxiliaries that read it (the run's `refreshList`), before the rates at every time evaluated.
export const DRIVER_SOURCE = `
function inputsAt(v, tables, t, dt, run) {
  const series = run.series;
  for (let i = 0; i < series.length; i++) v[series[i].slot] = followSeries(series[i], t);
  refresh(v, tables, t, dt, run.refreshList);
}
function saveStep(v, out, tables, buffers, t, dt, n, run) {
  reports(v, tables, buffers, t, dt, n);
  const k = n / run.saveEvery, slots = run.outputSlots;
  return slots === null ? saveAll(v, out, k, run.savedCount) : saveSelected(v, out, k, run.savedCount, slots);
}
function saveSelected(v, out, k, count, slots) {
  let probe = 0;
  for (let j = 0; j < slots.length; j++) probe += (out[j * count + k] = v[slots[j]]);
  return probe;
}
function rk4(v, dv, out, tables, buffers, run) {
  const start = run.start, dt = run.dt, steps = run.steps, saveEvery = run.saveEvery;
  const varying = run.series !== null;
  const stocks = dv.length;
  const base = new Float64Array(stocks), k1 = new Float64Array(stocks);
  const k2 = new Float64Array(stocks), k3 = new Float64Array(stocks);
  const half = dt / 2;
  let probe = 0;
  for (let n = 0; ; n++) {
    const t = start + n * dt;
    if (varying) inputsAt(v, tables, t, dt, run);
    rates(v, tables, buffers, t, dt, n);
    if (n % saveEvery === 0) probe += saveStep(v, out, tables, buffers, t, dt, n, run);
    if (n === steps) return probe;
    capture(v);
    derivatives(v, dv, tables, buffers, t, dt, n);
    getStocks(v, base);
    k1.set(dv);
    setStocks(v, base, half, k1);
    if (varying) inputsAt(v, tables, t + half, dt, run);
    rates(v, tables, buffers, t + half, dt, n);
    derivatives(v, k2, tables, buffers, t + half, dt, n);
    setStocks(v, base, half, k2);
    rates(v, tables, buffers, t + half, dt, n);
    derivatives(v, k3, tables, buffers, t + half, dt, n);
    setStocks(v, base, dt, k3);
    if (varying) inputsAt(v, tables, t + dt, dt, run);
    rates(v, tables, buffers, t + dt, dt, n);
    derivatives(v, dv, tables, buffers, t + dt, dt, n);
    setStocks(v, base, 0, dv);
    for (let i = 0; i < stocks; i++) dv[i] = (k1[i] + 2 * k2[i] + 2 * k3[i] + dv[i]) / 6;
    update(v, dv, dt);
    commit(v, buffers, n);
  }
}`

export const STATE_VECTOR_EULER = `
function euler(v, dv, out, tables, buffers, run) {
  const start = run.start, dt = run.dt, steps = run.steps, saveEvery = run.saveEvery;
  const varying = run.series !== null;
  let probe = 0;
  for (let n = 0; ; n++) {
    const t = start + n * dt;
    if (varying) inputsAt(v, tables, t, dt, run);
    rates(v, tables, buffers, t, dt, n);
    if (n % saveEvery === 0) probe += saveStep(v, out, tables, buffers, t, dt, n, run);
    if (n === steps) return probe;
    capture(v);
    eulerStep(v, tables, buffers, t, dt, n);
    commit(v, buffers, n);
  }
}`
