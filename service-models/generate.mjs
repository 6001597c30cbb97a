// Writes the bundled model data from unpacked botocore and IAM data. Called by generate.sh.
// Output layout (all gzipped JSON, deterministic byte for byte):
//   index.json.gz                        service -> CLI name, API version, protocols, operations
//   services/<name>/<file>.json.gz       latest API version only
//   partitions.json.gz, endpoints.json.gz, sdk-default-configuration.json.gz
//   iam/access-levels.json.gz            IAM prefix -> { name, actions: { Action: AccessLevel } }
//   SOURCES.json                         package versions, tarball checksums, file checksums
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, v, i, a) => {
  if (v.startsWith('--')) acc.push([v.slice(2), a[i + 1]]);
  return acc;
}, []));
const { botocore, iam, out } = args;

// The AWS CLI renames these botocore services (awscli/customizations/*: rename_command).
const CLI_RENAMES = { s3: 's3api', config: 'configservice', codedeploy: 'deploy' };
const MODEL_FILES = ['service-2.json', 'paginators-1.json', 'waiters-2.json',
  'endpoint-rule-set-1.json', 'examples-1.json'];

// botocore's loader deep-merges "<file>.sdk-extras.json" ("merge" key) into each model file it loads
// (loaders.py ExtrasProcessor, utils.deep_merge): e.g. S3's paginators gain non_aggregate_keys that the CLI prints.
function deepMerge(base, extra) {
  for (const key of Object.keys(extra)) {
    const b = base[key];
    const e = extra[key];
    if (b && e && typeof b === 'object' && typeof e === 'object' && !Array.isArray(b) && !Array.isArray(e)) {
      deepMerge(b, e);
    } else {
      base[key] = e;
    }
  }
  return base;
}
function readModelFile(dir, f) {
  const raw = fs.readFileSync(path.join(dir, f));
  const extrasFile = path.join(dir, f.replace(/\.json$/, '.sdk-extras.json'));
  if (!fs.existsSync(extrasFile)) return raw;
  const extras = JSON.parse(fs.readFileSync(extrasFile, 'utf8'));
  if (!extras.merge) return raw;
  const before = JSON.stringify(JSON.parse(raw.toString('utf8')));
  const merged = JSON.stringify(deepMerge(JSON.parse(before), extras.merge));
  // keep the original bytes when the extras change nothing (S3's Expires shape is already a timestamp)
  return merged === before ? raw : Buffer.from(merged);
}

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');
const checksums = {};
function writeGz(rel, buf) {
  const file = path.join(out, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // level 9, no file name, mtime 0: the same input always gives the same bytes.
  const gz = zlib.gzipSync(buf, { level: 9 });
  fs.writeFileSync(file, gz);
  checksums[rel] = sha256(gz);
}

fs.rmSync(path.join(out, 'services'), { recursive: true, force: true });
fs.rmSync(path.join(out, 'iam'), { recursive: true, force: true });

const index = {};
const services = fs.readdirSync(botocore, { withFileTypes: true })
  .filter((d) => d.isDirectory()).map((d) => d.name).sort();
for (const name of services) {
  const versions = fs.readdirSync(path.join(botocore, name))
    .filter((v) => fs.existsSync(path.join(botocore, name, v, 'service-2.json'))).sort();
  if (versions.length === 0) continue;
  const latest = versions[versions.length - 1];
  const dir = path.join(botocore, name, latest);
  const files = [];
  for (const f of MODEL_FILES) {
    const src = path.join(dir, f);
    if (!fs.existsSync(src)) continue;
    writeGz(`services/${name}/${f}.gz`, readModelFile(dir, f));
    files.push(f);
  }
  const model = JSON.parse(readModelFile(dir, 'service-2.json').toString('utf8'));
  const m = model.metadata;
  index[name] = {
    cli: CLI_RENAMES[name] ?? name,
    apiVersion: m.apiVersion,
    protocol: m.protocol,
    protocols: m.protocols ?? [m.protocol],
    serviceId: m.serviceId ?? null,
    fullName: m.serviceFullName ?? null,
    endpointPrefix: m.endpointPrefix ?? null,
    signingName: m.signingName ?? m.endpointPrefix ?? null,
    files,
    operations: Object.keys(model.operations).sort(),
  };
}
writeGz('index.json.gz', Buffer.from(JSON.stringify(index)));
for (const f of ['partitions.json', 'endpoints.json', 'sdk-default-configuration.json']) {
  writeGz(`${f}.gz`, fs.readFileSync(path.join(botocore, f)));
}

// IAM access levels: prefix -> actions with their access level.
const names = JSON.parse(fs.readFileSync(path.join(iam, 'data', 'serviceNames.json'), 'utf8'));
const access = {};
const actionFiles = fs.readdirSync(path.join(iam, 'data', 'actions')).filter((f) => f.endsWith('.json')).sort();
for (const f of actionFiles) {
  const prefix = f.slice(0, -5);
  const actions = JSON.parse(fs.readFileSync(path.join(iam, 'data', 'actions', f), 'utf8'));
  const table = {};
  for (const key of Object.keys(actions).sort()) {
    const a = actions[key];
    table[a.name] = a.accessLevel;
  }
  access[prefix] = { name: names[prefix] ?? null, actions: table };
}
writeGz('iam/access-levels.json.gz', Buffer.from(JSON.stringify(access)));

const awscliPkg = JSON.parse(fs.readFileSync(args['awscli-pkg'], 'utf8'));
const iamPkg = JSON.parse(fs.readFileSync(path.join(iam, 'package.json'), 'utf8'));
const sources = {
  packages: {
    [awscliPkg.name]: { version: awscliPkg.version, awscli: '1.46.2', sha256: sha256(fs.readFileSync(args['awscli-tgz'])) },
    [iamPkg.name]: { version: iamPkg.version, sha256: sha256(fs.readFileSync(args['iam-tgz'])) },
  },
  serviceCount: Object.keys(index).length,
  operationCount: Object.values(index).reduce((n, s) => n + s.operations.length, 0),
  files: Object.fromEntries(Object.keys(checksums).sort().map((k) => [k, checksums[k]])),
};
fs.writeFileSync(path.join(out, 'SOURCES.json'), JSON.stringify(sources, null, 2) + '\n');
console.log(`services: ${sources.serviceCount}, operations: ${sources.operationCount}, files: ${Object.keys(checksums).length}`);
