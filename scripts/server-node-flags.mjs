// The Node flags the server runs with, wherever it is started: `npm start`, the browser journeys' server
// and the benches all spawn it with these, so what the benches measure is what `npm start` serves.
//
// --max-semi-space-size=64 (MB; Node 20's default is 16): a computed portfolio builds its 5,000 lines
// and keeps them while the request runs; with the default young generation they were copied and
// promoted on almost every request, and garbage collection was a third of its CPU. Measured on the
// bench's 5,000 accounts, one reader at a time: p50 64 → 40 ms, p95 90–105 → 54 ms. It costs up to
// about 200 MB more memory per server process at peak, nothing while idle.
export const serverNodeFlags = ['--max-semi-space-size=64'];
