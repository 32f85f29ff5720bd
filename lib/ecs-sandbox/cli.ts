import { sandboxOptionsFromEnv, startSandbox } from './server';

/**
 * `npm run sandbox`: the ECS sandbox alone on 127.0.0.1:SANDBOX_PORT. Prints how to
 * point the official SDK and the aliyun CLI at it; SIGINT/SIGTERM flush state and exit.
 */
async function main(): Promise<void> {
  let options;
  try {
    options = sandboxOptionsFromEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const sandbox = await startSandbox({ ...options, log: (line) => console.log(line) });
  const secretLine =
    options.accessKeySecret === undefined
      ? `  AccessKeySecret  ${sandbox.accessKeySecret}   (generated for this run; set SANDBOX_ACCESS_KEY_ID/SECRET to fix it)`
      : '  AccessKeySecret  (from SANDBOX_ACCESS_KEY_SECRET)';
  const tokenLine =
    options.controlToken === undefined
      ? `  control token    ${sandbox.controlToken}   (generated for this run; set SANDBOX_CONTROL_TOKEN to fix it)`
      : '  control token    (from SANDBOX_CONTROL_TOKEN)';
  console.log(
    [
      '',
      `ECS sandbox (ECS 2014-05-26 + Cloud Assistant) on ${sandbox.url}`,
      `  endpoint         ${sandbox.endpoint}`,
      `  AccessKeyId      ${sandbox.accessKeyId}`,
      secretLine,
      tokenLine,
      `  state            ${options.dataDir ?? 'memory only'}`,
      '',
      'Official SDK (@alicloud/ecs20140526):',
      `  new Ecs(new $OpenApiUtil.Config({ accessKeyId, accessKeySecret, regionId: 'cn-shanghai',`,
      `    endpoint: '${sandbox.endpoint}', protocol: 'http', readTimeout: 10000, connectTimeout: 5000 }))`,
      'aliyun CLI:',
      `  aliyun ecs DescribeRegions --endpoint ${sandbox.endpoint} --insecure \\`,
      `    --access-key-id ${sandbox.accessKeyId} --access-key-secret <secret> --region cn-shanghai`,
      'Control endpoints (unsigned, need the control token):',
      `  curl -H "Authorization: Bearer <control token>" ${sandbox.url}/_sandbox`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: flushing state and stopping`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
