/**
 * The Dockerfile and compose.yaml, checked without a container runtime: the stages, the
 * non-root user, the volumes, the DATABASE_URL wiring to the postgres service, the health
 * checks. The health-check command itself is run here against a local server. Building the
 * image needs a runtime and pulls base images, so it runs only with DESK_CONTAINER_TESTS=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/app/config.ts';

interface Instruction {
  keyword: string;
  args: string;
}
/** Dockerfile instructions with continuation lines joined and comments dropped. */
function instructions(text: string): Instruction[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
    });
}
function stages(list: Instruction[]): { name: string; body: Instruction[] }[] {
  const result: { name: string; body: Instruction[] }[] = [];
  for (const instruction of list) {
    if (instruction.keyword === 'FROM')
      result.push({ name: /\bAS\s+(\S+)/i.exec(instruction.args)?.[1] ?? '', body: [] });
    else result.at(-1)?.body.push(instruction);
  }
  return result;
}

const dockerfile = instructions(readFileSync('Dockerfile', 'utf8'));
const [build, runtime] = stages(dockerfile);
const compose = parse(readFileSync('compose.yaml', 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      environment?: Record<string, string>;
      healthcheck?: { test: string[] };
      depends_on?: Record<string, { condition: string }>;
      volumes?: string[];
      ports?: string[];
      stop_grace_period?: string;
    }
  >;
  volumes: Record<string, unknown>;
};
/** The JSON-array command of the image's HEALTHCHECK. */
const healthCommand = JSON.parse(
  /CMD\s+(\[.*\])\s*$/.exec(runtime!.body.find((i) => i.keyword === 'HEALTHCHECK')!.args)![1]!,
) as string[];

async function runHealthCheck(command: string[], status: number | null): Promise<number | null> {
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/readyz' ? status! : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  if (status === null) await new Promise((resolve) => server.close(resolve)); // nothing listening
  try {
    const [program, ...args] = command;
    const child = await import('node:child_process').then(({ spawn }) =>
      spawn(program === 'node' ? process.execPath : program!, args, {
        env: { PORT: String(port) },
      }),
    );
    return await new Promise((resolve) => child.on('exit', resolve));
  } finally {
    if (status !== null) server.close();
  }
}

describe('Dockerfile', () => {
  it('builds in one stage (npm ci, npm run build) and runs the compiled JavaScript from another without dev dependencies', () => {
    expect(stages(dockerfile).map((s) => s.name)).toEqual(['build', 'runtime']);
    const buildRuns = build!.body
      .filter((i) => i.keyword === 'RUN')
      .map((i) => i.args)
      .join(' && ');
    expect(buildRuns).toMatch(/\bnpm ci\b/);
    expect(buildRuns).toMatch(/npm run build/);
    expect(buildRuns).toMatch(/npm prune --omit=dev/);
    // npm ci reads .npmrc (legacy-peer-deps): it must be in the image before npm ci runs.
    const copies = build!.body.map((i, index) => ({ ...i, index }));
    const npmrc = copies.find(
      (i) => i.keyword === 'COPY' && i.args.split(/\s+/).includes('.npmrc'),
    );
    const npmCi = copies.find((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
    expect(npmrc && npmCi && npmrc.index < npmCi.index).toBe(true);
    expect(
      runtime!.body
        .filter((i) => i.keyword === 'COPY')
        .every((i) => i.args.includes('--from=build')),
    ).toBe(true);
    // The runtime carries the compiled output, not the TypeScript sources.
    const runtimeCopies = runtime!.body.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(runtimeCopies.some((args) => /\/app\/dist \.\/dist$/.test(args))).toBe(true);
    expect(runtimeCopies.some((args) => /\/app\/src /.test(args))).toBe(false);
    // dist/src/app/main.js is src/app/main.ts compiled, and it runs when node is given it directly.
    expect(readFileSync('tsconfig.build.json', 'utf8')).toMatch(/"outDir": "dist"/);
    const main = readFileSync('src/app/main.ts', 'utf8');
    expect(main).toMatch(
      /process\.argv\[1\][\s\S]*import\.meta\.url[\s\S]*await main\(process\.argv\.slice\(2\)\)/,
    );
  });

  it('copies only what exists, and keeps secrets and local data out of the build context', () => {
    for (const copy of build!.body.filter((i) => i.keyword === 'COPY')) {
      const sources = copy.args
        .split(/\s+/)
        .filter((part) => !part.startsWith('--'))
        .slice(0, -1);
      for (const source of sources)
        if (!source.includes('*'))
          expect(existsSync(source), `${source} is copied but missing`).toBe(true);
    }
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((line) => line.trim());
    for (const path of ['node_modules', '.env', 'data', '.git']) expect(ignored).toContain(path);
  });

  it('runs as a non-root user, with knowledge and data as volumes, a /readyz health check and node as PID 1', () => {
    const keywords = runtime!.body.map((i) => i.keyword);
    const user = runtime!.body.findLast((i) => i.keyword === 'USER')!;
    expect(user.args).not.toMatch(/^(root|0)(:|$)/);
    expect(keywords.lastIndexOf('USER')).toBeLessThan(keywords.lastIndexOf('CMD'));
    const volumes = JSON.parse(runtime!.body.find((i) => i.keyword === 'VOLUME')!.args) as string[];
    expect(volumes.sort()).toEqual(['/app/data', '/app/knowledge']);
    const env = runtime!.body
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/DATA_DIR=\/app\/data/);
    expect(env).toMatch(/KNOWLEDGE_DIR=\/app\/knowledge/);
    expect(healthCommand.join(' ')).toMatch(/\/readyz/);
    expect(JSON.parse(runtime!.body.find((i) => i.keyword === 'CMD')!.args)).toEqual([
      'node',
      'dist/src/app/main.js',
      'serve',
    ]);
  });

  it('its health-check command passes on 200 from /readyz and fails on 503 or when nothing listens', async () => {
    expect(await runHealthCheck(healthCommand, 200)).toBe(0);
    expect(await runHealthCheck(healthCommand, 503)).toBe(1);
    expect(await runHealthCheck(healthCommand, null)).toBe(1);
  });
});

describe('compose.yaml', () => {
  const { postgres, desk } = compose.services;

  it('has postgres with its own health check and the bot waiting for it to be healthy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['desk', 'postgres']);
    expect(postgres!.image).toMatch(/^postgres:\d+/);
    expect(postgres!.healthcheck!.test.join(' ')).toMatch(/pg_isready -U desk -d desk/);
    expect(desk!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(desk!.build).toBe('.');
  });

  it('wires DATABASE_URL to the postgres service with its user, database and password, and the app accepts it', () => {
    const env = postgres!.environment!;
    const url = desk!.environment!.DATABASE_URL!;
    expect(url).toContain('${POSTGRES_PASSWORD');
    expect(env.POSTGRES_PASSWORD).toContain('${POSTGRES_PASSWORD');
    const resolved = new URL(url.replace(/\$\{POSTGRES_PASSWORD[^}]*\}/, 's3cret'));
    expect(resolved.protocol).toBe('postgresql:');
    expect(resolved.hostname).toBe('postgres');
    expect(resolved.port).toBe('5432');
    expect(resolved.username).toBe(env.POSTGRES_USER);
    expect(resolved.password).toBe('s3cret');
    expect(resolved.pathname).toBe(`/${env.POSTGRES_DB}`);
    expect(loadConfig({ DATABASE_URL: resolved.href }).databaseUrl).toBe(resolved.href);
  });

  it('mounts the image’s volumes, checks /readyz like the image, and gives SIGTERM time to finish', () => {
    const mounts = desk!.volumes!.map((v) => v.split(':')[1]);
    expect(mounts.sort()).toEqual(['/app/data', '/app/knowledge']);
    for (const volume of [...desk!.volumes!, ...postgres!.volumes!]) {
      const source = volume.split(':')[0]!;
      if (!source.startsWith('.'))
        expect(compose.volumes, `named volume ${source}`).toHaveProperty(source);
    }
    expect(desk!.environment).toMatchObject({
      DATA_DIR: '/app/data',
      KNOWLEDGE_DIR: '/app/knowledge',
    });
    expect(desk!.healthcheck!.test).toEqual(['CMD', ...healthCommand]);
    expect(desk!.ports).toEqual(['127.0.0.1:3000:3000']);
    expect(Number.parseInt(desk!.stop_grace_period!, 10)).toBeGreaterThanOrEqual(10);
  });
});

const containerTests =
  process.env.DESK_CONTAINER_TESTS === '1' &&
  spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
describe.skipIf(!containerTests)('with a container runtime (DESK_CONTAINER_TESTS=1)', () => {
  it('docker compose accepts the file and the image builds', () => {
    execFileSync('docker', ['compose', 'config', '--quiet'], {
      env: { ...process.env, POSTGRES_PASSWORD: 'x' },
      stdio: 'inherit',
    });
    execFileSync('docker', ['build', '-t', 'exchange-desk:test', '.'], { stdio: 'inherit' });
  }, 900_000);
});
