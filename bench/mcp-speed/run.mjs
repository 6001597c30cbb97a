// Per-call speed as an agent meets it (issue 18): the MCP TypeScript SDK client drives `bin/aws-mcp serve` over
// stdio and over streamable HTTP, calling `aws sqs list-queues` against a local backend that answers at once; the
// raw HTTP round trip to the same backend is measured in the same run. Also: the first call after initialize, and
// the one-shot `bin/aws-mcp run` against `aws` (AWS CLI) as whole processes.
//   node bench/mcp-speed/run.mjs        (CALLS=500 RUNS=10 to change the sample sizes; THINK_MS=1500: the pause
//   before the first call of a second session, as an agent thinks before it calls a tool)
import http from "node:http";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { pct, startBackend, serverEnv } from "./backend.mjs";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const calls = Number(process.env.CALLS || 300);
const runs = Number(process.env.RUNS || 7);
const { server: backend, endpoint } = await startBackend();
const env = serverEnv(endpoint);
const only = process.env.ONLY; // stdio | http | run

// the raw round trip: the same request body over a kept-alive connection
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const raw = [];
for (let i = 0; i < calls; i++) {
  const s = performance.now();
  await new Promise((resolve) => {
    const req = http.request(endpoint, { method: "POST", agent, headers: { "content-type": "application/x-amz-json-1.0",
      "x-amz-target": "AmazonSQS.ListQueues" } }, (res) => { res.resume(); res.on("end", resolve); });
    req.end("{}");
  });
  raw.push(performance.now() - s);
}

const thinkMs = Number(process.env.THINK_MS || 1500); // an agent's pause between initialize and its first call

async function measure(name, transportFor) {
  const t0 = performance.now();
  const { transport, stop } = await transportFor();
  const client = new Client({ name: "speed", version: "1" });
  await client.connect(transport);
  const initMs = performance.now() - t0;
  const call = () => client.callTool({ name: "call_aws", arguments: { cli_command: "aws sqs list-queues" } });
  let s = performance.now();
  const first = await call();
  const firstMs = performance.now() - s;
  if (first.isError) throw new Error(name + ": " + JSON.stringify(first.content));
  s = performance.now();
  await client.callTool({ name: "call_aws", arguments: { cli_command: "aws s3api list-buckets" } });
  const firstOtherMs = performance.now() - s;
  for (let i = 0; i < 50; i++) await call(); // warm
  const times = [];
  for (let i = 0; i < calls; i++) { s = performance.now(); await call(); times.push(performance.now() - s); }
  const deniedTimes = [];
  for (let i = 0; i < 50; i++) {
    s = performance.now();
    await client.callTool({ name: "call_aws", arguments: { cli_command: "aws sqs delete-queue --queue-url http://x/1/q" } });
    deniedTimes.push(performance.now() - s);
  }
  await client.close();
  await stop();
  // a second server, whose client pauses as an agent does before its first call (THINK_MS)
  const second = await transportFor();
  const thinking = new Client({ name: "speed-think", version: "1" });
  await thinking.connect(second.transport);
  await new Promise((r) => setTimeout(r, thinkMs));
  s = performance.now();
  await thinking.callTool({ name: "call_aws", arguments: { cli_command: "aws sqs list-queues" } });
  const firstAfterThinkMs = performance.now() - s;
  s = performance.now();
  await thinking.callTool({ name: "call_aws", arguments: { cli_command: "aws s3api list-buckets" } });
  const otherAfterThinkMs = performance.now() - s;
  await thinking.close();
  await second.stop();
  return { transport: name, initializeMs: +initMs.toFixed(1), firstCallMs: +firstMs.toFixed(1),
    firstCallAfterThinkMs: +firstAfterThinkMs.toFixed(1), otherServiceAfterThinkMs: +otherAfterThinkMs.toFixed(1),
    firstCallOtherServiceMs: +firstOtherMs.toFixed(1), p50Ms: pct(times, 0.5), p99Ms: pct(times, 0.99),
    overheadP50Ms: +(pct(times, 0.5) - pct(raw, 0.5)).toFixed(3), overheadP99Ms: +(pct(times, 0.99) - pct(raw, 0.99)).toFixed(3),
    deniedP50Ms: pct(deniedTimes, 0.5) };
}

const launcher = path.join(root, "bin/aws-mcp");
const results = [];
if (!only || only === "stdio") results.push(await measure("stdio", async () => ({
  transport: new StdioClientTransport({ command: launcher, args: ["serve", "--read-only"], env, stderr: "ignore" }),
  stop: async () => {} })));
if (!only || only === "http") results.push(await measure("http", async () => {
  const port = 18000 + Math.floor(Math.random() * 2000);
  const p = spawn(launcher, ["serve", "--http", "--port", String(port), "--read-only"], { env, stdio: ["ignore", "ignore", "pipe"] });
  for (let i = 0; i < 200; i++) {
    try { await fetch(`http://127.0.0.1:${port}/mcp`, { method: "GET" }); break; } catch { await new Promise((r) => setTimeout(r, 25)); }
  }
  return { transport: new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)),
    stop: async () => { p.kill("SIGTERM"); await new Promise((r) => p.on("exit", r)); } };
}));

// whole processes, one after the other (spawned asynchronously: the backend lives in this process)
async function wall(cmd, args) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const r = await new Promise((resolve) => {
      const p = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      p.stderr.on("data", (d) => { err += d; });
      p.on("exit", (code) => resolve({ status: code, stderr: err }));
    });
    times.push(performance.now() - s);
    status = r.status;
    if (r.status !== 0) throw new Error(cmd + " exited " + r.status + ": " + r.stderr);
  }
  return { medianMs: pct(times, 0.5), minMs: +Math.min(...times).toFixed(1), maxMs: +Math.max(...times).toFixed(1), exit: status };
}
const haveCli = (await new Promise((resolve) => spawn("aws", ["--version"], { stdio: "ignore" })
  .on("exit", (c) => resolve(c === 0)).on("error", () => resolve(false))));
const oneShot = (only && only !== "run") || !haveCli ? null : { awsMcpRun: await wall(launcher, ["run", "aws", "sqs", "list-queues"]),
  awsCli: await wall("aws", ["sqs", "list-queues", "--endpoint-url", endpoint]) };
console.log(JSON.stringify({ rawRoundTrip: { p50Ms: pct(raw, 0.5), p99Ms: pct(raw, 0.99) }, mcp: results, oneShot, calls, runs }, null, 1));
backend.close();
agent.destroy();
