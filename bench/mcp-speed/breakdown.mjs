// Where a call's time goes, through the TypeScript SDK client over stdio: ping (the bare JSON-RPC round trip),
// a call the policy denies, aws_cli_help (no AWS call), call_aws (one signed call to a local backend), and the raw
// HTTP round trip to that backend.   node bench/mcp-speed/breakdown.mjs   (CALLS=1000, SPEED_JAVA_OPTS=...)
import http from "node:http";
import path from "node:path";
import fs from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { pct, startBackend, serverEnv } from "./backend.mjs";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const calls = Number(process.env.CALLS || 1000);
const { server: backend, endpoint } = await startBackend();
const env = serverEnv(endpoint);
const client = new Client({ name: "breakdown", version: "1" });
const transport = new StdioClientTransport({ command: path.join(root, "bin/aws-mcp"), args: ["serve", "--read-only"], env, stderr: "inherit" });
await client.connect(transport);
// the server's CPU time (all its threads, user + system) from /proc, to tell work from waiting
const cpuMs = () => { try { const f = fs.readFileSync(`/proc/${transport.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; } };
const kinds = {
  ping: () => client.ping(),
  denied: () => client.callTool({ name: "call_aws", arguments: { cli_command: "aws sqs delete-queue --queue-url http://x/1/q" } }),
  help: () => client.callTool({ name: "aws_cli_help", arguments: { service: "sqs", operation: "list-queues" } }),
  call: () => client.callTool({ name: "call_aws", arguments: { cli_command: "aws sqs list-queues" } }),
};
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
kinds.raw = () => new Promise((resolve) => {
  const req = http.request(endpoint, { method: "POST", agent, headers: { "content-type": "application/x-amz-json-1.0" } },
    (res) => { res.resume(); res.on("end", resolve); });
  req.end("{}");
});
const only = process.env.KINDS ? process.env.KINDS.split(",") : null; // e.g. KINDS=call
for (const k of Object.keys(kinds)) if (only && !only.includes(k)) delete kinds[k];
const out = {};
for (let round = 0; round < 2; round++) { // the first round warms
  for (const [name, f] of Object.entries(kinds)) {
    const t = [];
    const cpu0 = cpuMs();
    for (let i = 0; i < calls; i++) { const s = performance.now(); await f(); t.push(performance.now() - s); }
    const serverCpuMs = +((cpuMs() - cpu0) / calls).toFixed(3);
    if (round === 1) out[name] = { p50: pct(t, 0.5), p90: pct(t, 0.9), p99: pct(t, 0.99), serverCpuMs };
  }
}
console.log(JSON.stringify(out));
await client.close();
backend.close(); agent.destroy();
