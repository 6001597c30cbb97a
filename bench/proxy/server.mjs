// A streamable-HTTP MCP server (the TypeScript SDK's) that checks the SigV4 signature of every request with
// Smithy's SignatureV4 (the AWS SDK for JavaScript's signer): an implementation the proxy's own code never saw.
// Valid keys are read from KEYS_FILE (JSON {accessKeyId: secretAccessKey}) on every request, so a test can rotate.
import http from "node:http";
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { SignatureV4 } from "@smithy/signature-v4";
import { Sha256 } from "@aws-crypto/sha256-js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const port = Number(process.env.PORT || 0);
const keysFile = process.env.KEYS_FILE;
const stats = { accepted: 0, rejected: 0, toolCalls: [] };

function parseAmzDate(s) {
  return new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);
}

async function verify(req, body) {
  const auth = req.headers["authorization"] || "";
  const m = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]+)/.exec(auth);
  if (!m) return "no SigV4 Authorization header";
  const [, akid, region, service, signedHeaders] = m;
  const keys = JSON.parse(fs.readFileSync(keysFile, "utf8"));
  if (!keys[akid]) return "unknown access key " + akid;
  const headers = {};
  for (const h of signedHeaders.split(";")) headers[h] = req.headers[h];
  const [hostname, hostPort] = req.headers.host.split(":");
  const url = new URL(req.url, "http://" + req.headers.host);
  const signer = new SignatureV4({ credentials: { accessKeyId: akid, secretAccessKey: keys[akid],
      sessionToken: req.headers["x-amz-security-token"] }, region, service, sha256: Sha256 });
  const signed = await signer.sign({ method: req.method, protocol: "http:", hostname, port: hostPort ? Number(hostPort) : undefined,
      path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body },
      { signingDate: parseAmzDate(req.headers["x-amz-date"]) });
  return signed.headers["authorization"] === auth ? null : "signature mismatch";
}

function newServer() {
  const server = new McpServer({ name: "ts-sigv4-remote", version: "1.0.0" });
  // Like the managed AWS MCP Server: no readOnlyHint on any tool.
  server.tool("call_aws", "Runs an AWS CLI command", { cli_command: z.string() }, async ({ cli_command }) => {
    stats.toolCalls.push(cli_command);
    return { content: [{ type: "text", text: "ran: " + cli_command }] };
  });
  server.tool("search_documentation", "Searches AWS documentation", { search_phrase: z.string() }, async ({ search_phrase }) =>
    ({ content: [{ type: "text", text: "docs for " + search_phrase }] }));
  server.tool("delete_everything", "Deletes", { what: z.string() }, async ({ what }) => {
    stats.toolCalls.push("delete " + what);
    return { content: [{ type: "text", text: "deleted " + what }] };
  });
  return server;
}

const transports = new Map();
const httpServer = http.createServer(async (req, res) => {
  if (req.url === "/stats") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(stats));
    return;
  }
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const raw = Buffer.concat(chunks).toString("utf8");
  const why = await verify(req, raw);
  if (why) {
    stats.rejected++;
    res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ message: why }));
    return;
  }
  stats.accepted++;
  const body = raw ? JSON.parse(raw) : undefined;
  const sid = req.headers["mcp-session-id"];
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    if (sid || !body || body.method !== "initialize") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: null,
          error: { code: -32001, message: "Session not found" } }));
      return;
    }
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(),
        onsessioninitialized: (id) => transports.set(id, transport) });
    await newServer().connect(transport);
  }
  await transport.handleRequest(req, res, body);
});
httpServer.listen(port, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: httpServer.address().port }));
});
