// The integration loops, as source appended to each model's generated code. They are fixed text
// (no model content), but compiled per model so that the calls to that model's phase functions are
// monomorphic and V8 can inline them: a single shared loop calling every model's functions would
// be several times slower than a hand-written loop. Each returns the sum of the saved values,
// which is NaN exactly when some saved value is (or when infinities of opposite sign were saved).
export const DRIVER_SOURCE = `
function euler(v, dv, out, tables, buffers, start, dt, steps, saveEvery, applySeries) {
  let untilSave = 0, saved = 0, probe = 0;
  for (let n = 0; ; n++) {
    const t = start + n * dt;
    if (applySeries !== null) applySeries(v, t);
    rates(v, tables, buffers, t, dt, n);
    if (untilSave === 0) { probe += save(v, out, saved++); untilSave = saveEvery; }
    untilSave--;
    if (n === steps) return probe;
    capture(v);
    eulerStep(v, tables, buffers, t, dt, n);
    commit(v, buffers, n);
  }
}
function rk4(v, dv, out, tables, buffers, start, dt, steps, saveEvery, applySeries) {
  const count = dv.length;
  const base = new Float64Array(count), k1 = new Float64Array(count);
  const k2 = new Float64Array(count), k3 = new Float64Array(count);
  const half = dt / 2;
  let untilSave = 0, saved = 0, probe = 0;
  for (let n = 0; ; n++) {
    const t = start + n * dt;
    if (applySeries !== null) applySeries(v, t);
    rates(v, tables, buffers, t, dt, n);
    if (untilSave === 0) { probe += save(v, out, saved++); untilSave = saveEvery; }
    untilSave--;
    if (n === steps) return probe;
    capture(v);
    derivatives(v, dv, tables, buffers, t, dt, n);
    getStocks(v, base);
    k1.set(dv);
    setStocks(v, base, half, k1);
    if (applySeries !== null) applySeries(v, t + half);
    rates(v, tables, buffers, t + half, dt, n);
    derivatives(v, k2, tables, buffers, t + half, dt, n);
    setStocks(v, base, half, k2);
    rates(v, tables, buffers, t + half, dt, n);
    derivatives(v, k3, tables, buffers, t + half, dt, n);
    setStocks(v, base, dt, k3);
    if (applySeries !== null) applySeries(v, t + dt);
    rates(v, tables, buffers, t + dt, dt, n);
    derivatives(v, dv, tables, buffers, t + dt, dt, n);
    setStocks(v, base, 0, dv);
    for (let i = 0; i < count; i++) dv[i] = (k1[i] + 2 * k2[i] + 2 * k3[i] + dv[i]) / 6;
    update(v, dv, dt);
    commit(v, buffers, n);
  }
}`
