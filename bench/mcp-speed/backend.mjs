// What the speed harnesses share: a local backend that answers every request at once with an SQS ListQueues
// result, the server's environment pointing at it (fake credentials, no profile files, its own audit file), and
// the percentile helper.
import http from "node:http";
import path from "node:path";
import fs from "node:fs";

export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(3); };

export async function startBackend() {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "req-1" });
      res.end('{"QueueUrls":["http://127.0.0.1/000000000000/q1"]}');
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { server, endpoint: `http://127.0.0.1:${server.address().port}` };
}

export function serverEnv(endpoint) {
  const work = fs.mkdtempSync("/tmp/aws-mcp-speed-");
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("AWS_")));
  Object.assign(env, { AWS_ACCESS_KEY_ID: "AKIDSPEED", AWS_SECRET_ACCESS_KEY: "speed-secret", AWS_REGION: "us-east-1",
    AWS_DEFAULT_REGION: "us-east-1", AWS_ENDPOINT_URL: endpoint, AWS_CONFIG_FILE: "/nonexistent",
    AWS_SHARED_CREDENTIALS_FILE: "/nonexistent", AWS_EC2_METADATA_DISABLED: "true",
    AWS_MCP_AUDIT_FILE: path.join(work, "audit.jsonl"), AWS_MCP_LOG_FILE: "none" });
  if (process.env.SPEED_JAVA_OPTS) env.AWS_MCP_JAVA_OPTS = process.env.SPEED_JAVA_OPTS; // e.g. a JFR recording
  return env;
}
