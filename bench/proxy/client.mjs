// Drives `bin/aws-mcp proxy --read-only` over stdio with the MCP TypeScript SDK client, in front of server.mjs,
// and checks what issue 16 asks: signed initialize/list/call, read-only per call, credentials rotated on disk used
// on the next call, one audit line per forwarded call. Prints timings; exits 1 on the first failed check.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const work = fs.mkdtempSync("/tmp/aws-mcp-proxy-check-");
const keysFile = path.join(work, "keys.json");
const credentials = path.join(work, "credentials");
const audit = path.join(work, "audit.jsonl");
const calls = Number(process.env.CALLS || 50);

function writeKey(id, secret) {
  fs.writeFileSync(keysFile, JSON.stringify({ [id]: secret }));
  fs.writeFileSync(credentials, `[rot]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
  const t = new Date(Date.now() + 2000);
  fs.utimesSync(credentials, t, t);
}
function check(ok, what) {
  if (!ok) { console.error("FAIL: " + what); process.exit(1); }
  console.log("ok   " + what);
}
const text = (r) => r.content?.[0]?.text ?? JSON.stringify(r);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

writeKey("AKIDTSCHECKAAAAAAAAA", "ts-secret-a");
fs.writeFileSync(path.join(work, "config"), "[profile rot]\nregion = us-east-1\n");
const server = spawn(process.execPath, [path.join(path.dirname(new URL(import.meta.url).pathname), "server.mjs")],
  { env: { ...process.env, KEYS_FILE: keysFile, PORT: "0" }, stdio: ["ignore", "pipe", "inherit"] });
const port = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(JSON.parse(d.toString()).port)));
const endpoint = `http://127.0.0.1:${port}/mcp`;
const stats = async () => (await fetch(`http://127.0.0.1:${port}/stats`)).json();

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("AWS_")));
Object.assign(env, { AWS_CONFIG_FILE: path.join(work, "config"), AWS_SHARED_CREDENTIALS_FILE: credentials,
  AWS_EC2_METADATA_DISABLED: "true", AWS_MCP_AUDIT_FILE: audit, AWS_MCP_JAVA_OPTS: "-Duser.home=" + work });
const started = performance.now();
const transport = new StdioClientTransport({ command: path.join(root, "bin/aws-mcp"),
  args: ["proxy", endpoint, "--service", "aws-mcp", "--profile", "rot", "--read-only"], env, stderr: "inherit" });
const client = new Client({ name: "ts-proxy-check", version: "1.0.0" });
try {
  await client.connect(transport);
  const initMs = performance.now() - started;
  check(client.getServerVersion()?.name === "ts-sigv4-remote", "initialize went through the proxy, signed");
  const tools = (await client.listTools()).tools.map((t) => t.name);
  check(tools.includes("call_aws") && tools.includes("search_documentation") && !tools.includes("delete_everything"),
    "read-only lists call_aws and the unannotated knowledge tool, not delete_everything: " + tools.join(", "));
  const t0 = performance.now();
  const read = await client.callTool({ name: "call_aws", arguments: { cli_command: "aws ec2 describe-instances" } });
  const firstMs = performance.now() - t0;
  check(text(read) === "ran: aws ec2 describe-instances", "a read call_aws runs");
  const write = await client.callTool({ name: "call_aws", arguments: { cli_command: "aws ec2 terminate-instances --instance-ids i-1" } });
  check(write.isError && /read-only/.test(text(write)), "a write call_aws is refused: " + text(write).slice(0, 90));
  check(!(await stats()).toolCalls.some((c) => c.includes("terminate")), "the refused write never reached the remote");
  writeKey("AKIDTSCHECKBBBBBBBBB", "ts-secret-b");
  await new Promise((r) => setTimeout(r, 1100));
  const rotated = await client.callTool({ name: "search_documentation", arguments: { search_phrase: "s3" } });
  check(text(rotated) === "docs for s3", "credentials rotated on disk are used on the next call");
  const times = [];
  for (let i = 0; i < calls; i++) {
    const s = performance.now();
    await client.callTool({ name: "call_aws", arguments: { cli_command: `aws s3api list-buckets --max-items ${i + 1}` } });
    times.push(performance.now() - s);
  }
  const st = await stats();
  check(st.rejected === 0, `every request had a valid signature (${st.accepted} accepted, ${st.rejected} rejected)`);
  console.log(JSON.stringify({ initializeMs: +initMs.toFixed(1), firstCallMs: +firstMs.toFixed(1),
    callP50Ms: +pct(times, 0.5).toFixed(2), callP99Ms: +pct(times, 0.99).toFixed(2), calls }));
} finally {
  await client.close();
  server.kill();
}
const lines = fs.readFileSync(audit, "utf8").trim().split("\n");
check(lines.length === 3 + calls, `one audit line per forwarded or refused call (${lines.length})`);
check(!fs.readFileSync(audit, "utf8").includes("ts-secret"), "no secret in the audit trail");
