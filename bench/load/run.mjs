// Load and faults (issue 17): SESSIONS MCP clients (TypeScript SDK, streamable HTTP) keep CALLS calls in flight
// against `bin/aws-mcp serve --http`, whose AWS calls go to a local SQS-compatible backend that injects latency,
// throttling (400 ThrottlingException, 429, 503 SlowDown), 500s, connection resets mid-response, truncated
// bodies and slow streams. Every call asks for its own queue-name prefix and must get exactly one answer that
// names it (nothing crosses between sessions). Reports throughput, latency, retries, errors by kind, the
// server's peak RSS and its threads before and after.
//   node bench/load/run.mjs     (SESSIONS=50 PER_SESSION=20 ROUNDS=3 FAULTS=1)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const SESSIONS = Number(process.env.SESSIONS || 50);
const PER_SESSION = Number(process.env.PER_SESSION || 20); // in flight per session: 1,000 in total by default
const ROUNDS = Number(process.env.ROUNDS || 3);
const FAULTS = process.env.FAULTS !== "0";
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1) : null; };

// ---- the flaky backend ----
const attempts = new Map(); // prefix -> requests seen
const injected = {};
let seq = 0;
const backend = http.createServer((req, res) => {
  let body = "";
  req.on("data", (d) => { body += d; });
  req.on("end", () => {
    let prefix = "";
    try { prefix = JSON.parse(body).QueueNamePrefix || ""; } catch { /* not ours */ }
    attempts.set(prefix, (attempts.get(prefix) || 0) + 1);
    const ok = () => {
      const payload = JSON.stringify({ QueueUrls: [`http://127.0.0.1/000000000000/${prefix}`] });
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "r" + (++seq),
        "content-length": Buffer.byteLength(payload) });
      return payload;
    };
    const roll = FAULTS ? Math.random() : 1;
    const fault = (name) => { injected[name] = (injected[name] || 0) + 1; };
    if (roll < 0.04) { fault("throttling-400"); res.writeHead(400, { "content-type": "application/x-amz-json-1.0" });
      return res.end('{"__type":"com.amazonaws.sqs#ThrottlingException","message":"Rate exceeded"}'); }
    if (roll < 0.06) { fault("throttling-429"); res.writeHead(429, { "content-type": "application/x-amz-json-1.0" });
      return res.end('{"__type":"TooManyRequestsException","message":"Too many requests"}'); }
    if (roll < 0.08) { fault("slowdown-503"); res.writeHead(503, { "content-type": "application/x-amz-json-1.0" });
      return res.end('{"__type":"SlowDown","message":"Please reduce your request rate"}'); }
    if (roll < 0.10) { fault("internal-500"); res.writeHead(500, { "content-type": "application/x-amz-json-1.0" });
      return res.end('{"__type":"InternalFailure","message":"We encountered an internal error"}'); }
    if (roll < 0.12) { fault("reset"); ok(); res.write('{"QueueUrls":['); return setTimeout(() => req.socket.destroy(), 5); }
    if (roll < 0.14) { fault("truncated"); const p = ok(); res.write(p.slice(0, 10)); return setTimeout(() => req.socket.destroy(), 5); }
    if (roll < 0.16) { fault("slow-stream"); const p = ok(); let i = 0;
      const t = setInterval(() => { if (i >= p.length) { clearInterval(t); res.end(); } else { res.write(p[i++]); } }, 20); return; }
    if (roll < 0.21) { fault("latency-200ms"); return setTimeout(() => res.end(ok()), 200); }
    res.end(ok());
  });
});
await new Promise((r) => backend.listen(0, "127.0.0.1", r));
const endpoint = `http://127.0.0.1:${backend.address().port}`;

// ---- the server, as a user starts it ----
const work = fs.mkdtempSync("/tmp/aws-mcp-load-");
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("AWS_")));
Object.assign(env, { AWS_ACCESS_KEY_ID: "AKIDLOAD", AWS_SECRET_ACCESS_KEY: "load-secret", AWS_REGION: "us-east-1",
  AWS_ENDPOINT_URL: endpoint, AWS_CONFIG_FILE: "/nonexistent", AWS_SHARED_CREDENTIALS_FILE: "/nonexistent",
  AWS_EC2_METADATA_DISABLED: "true", AWS_MCP_AUDIT_FILE: path.join(work, "audit.jsonl"), AWS_MCP_LOG_FILE: "none",
  AWS_MCP_LOG_LEVEL: "warn", AWS_ENDPOINT_URL_STS: endpoint });
const port = 19000 + Math.floor(Math.random() * 1000);
const server = spawn(path.join(root, "bin/aws-mcp"), ["serve", "--http", "--port", String(port)], { env, stdio: ["ignore", "ignore", "pipe"] });
let serverErr = "";
server.stderr.on("data", (d) => { serverErr += d; });
const url = new URL(`http://127.0.0.1:${port}/mcp`);
for (let i = 0; i < 400; i++) {
  try { await fetch(url, { method: "GET" }); break; } catch { await new Promise((r) => setTimeout(r, 25)); }
}
const proc = (key) => {
  // the launcher execs java, so the spawned pid is the JVM's
  const s = fs.readFileSync(`/proc/${server.pid}/status`, "utf8");
  return Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(s)[1]);
};
let peakRss = 0;
const sampler = setInterval(() => { try { peakRss = Math.max(peakRss, proc("VmRSS")); } catch { /* exited */ } }, 100);

const clients = [];
for (let s = 0; s < SESSIONS; s++) {
  const c = new Client({ name: "load-" + s, version: "1" });
  await c.connect(new StreamableHTTPClientTransport(url));
  clients.push(c);
}
await clients[0].callTool({ name: "call_aws", arguments: { cli_command: "aws sqs list-queues --queue-name-prefix warm" } });
const threadsBefore = proc("Threads");

// ---- the run ----
const latencies = [];
const outcomes = {};
let crossed = 0, unanswered = 0, answered = 0;
const threadsByRound = [];
const t0 = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  const inFlight = [];
  for (let s = 0; s < SESSIONS; s++) {
    for (let k = 0; k < PER_SESSION; k++) {
      const prefix = `s${s}-r${round}-c${k}`;
      const start = performance.now();
      inFlight.push(clients[s].callTool({ name: "call_aws", arguments: { cli_command: `aws sqs list-queues --queue-name-prefix ${prefix}` } },
        undefined, { timeout: 120000 }).then((r) => {
        answered++;
        latencies.push(performance.now() - start);
        const sc = r.structuredContent?.results?.[0];
        const text = JSON.stringify(r);
        const mine = text.includes(prefix) && !new RegExp(`s\\d+-r\\d+-c\\d+`, "g").exec(text.replaceAll(prefix, ""));
        if (!mine) crossed++;
        const kind = r.isError ? "error:" + (sc?.error?.code || "unknown") : "ok";
        outcomes[kind] = (outcomes[kind] || 0) + 1;
      }, (e) => { unanswered++; outcomes["transport:" + e.message.slice(0, 40)] = (outcomes["transport:" + e.message.slice(0, 40)] || 0) + 1; }));
    }
  }
  await Promise.all(inFlight);
  threadsByRound.push(proc("Threads"));
}
const seconds = (performance.now() - t0) / 1000;
await new Promise((r) => setTimeout(r, 2000));
const threadsAfter = proc("Threads");
clearInterval(sampler);
// SIGTERM with calls in flight: every call that got its answer must have its audit line (written before it)
const auditFile = path.join(work, "audit.jsonl");
const linesBefore = fs.readFileSync(auditFile, "utf8").trim().split("\n").length;
let answeredAtTerm = 0;
const burst = [];
for (let s = 0; s < SESSIONS; s++) {
  for (let k = 0; k < 4; k++) {
    burst.push(clients[s].callTool({ name: "call_aws", arguments: { cli_command: `aws sqs list-queues --queue-name-prefix t${s}-${k}` } },
      undefined, { timeout: 20000 }).then((r) => { if (!r.isError) answeredAtTerm++; }, () => {}));
  }
}
await new Promise((r) => setTimeout(r, 300));
server.kill("SIGTERM");
const exitCode = await new Promise((r) => server.on("exit", (code, sig) => r(code ?? sig)));
await Promise.allSettled(burst);
for (const c of clients) await c.close().catch(() => {});
backend.close();
const linesAfterTerm = fs.readFileSync(auditFile, "utf8").trim().split("\n").length - linesBefore;

const total = SESSIONS * PER_SESSION * ROUNDS;
let requests = 0;
for (const [k, v] of attempts) if (k.startsWith("s")) requests += v;
const auditLines = linesBefore;
const report = { sessions: SESSIONS, inFlight: SESSIONS * PER_SESSION, calls: total, answered, unanswered, crossedAnswers: crossed,
  seconds: +seconds.toFixed(1), callsPerSecond: +(total / seconds).toFixed(0), p50Ms: pct(latencies, 0.5), p99Ms: pct(latencies, 0.99),
  backendRequests: requests, retries: requests - total, injected, outcomes, auditLines, peakRssMb: +(peakRss / 1024).toFixed(0),
  threadsBefore, threadsByRound, threadsAfter,
  sigterm: { callsInFlight: burst.length, answeredOk: answeredAtTerm, auditLinesWritten: linesAfterTerm, serverExit: exitCode },
  serverStderr: serverErr.trim().split("\n").filter((l) => l).slice(-3) };
console.log(JSON.stringify(report, null, 1));
// pools grow to their caps in the first round; a leak would keep growing round after round
const pass = answered === total && crossed === 0 && peakRss / 1024 <= 300 && linesAfterTerm >= answeredAtTerm
    && threadsByRound[threadsByRound.length - 1] <= threadsByRound[0] + 4 && threadsAfter <= threadsByRound[0] + 4;
console.log(pass ? "PASS" : "FAIL");
process.exit(pass ? 0 : 1);
