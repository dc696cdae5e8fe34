import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Debian's nginx run as the README says, with the repository's site configuration
// (deploy/nginx/netwerkkaart.conf) pointed at this run's app processes, ports and a certificate
// made here: used by tests/security/nginx.spec.ts and bench/workshop-day.ts.

export interface NginxSite {
  /** A scratch folder: certificate, temp folders, nginx.conf and pid go here. */
  dir: string;
  appPorts: number[];
  httpsPort: number;
  httpPort: number;
  /** Most open connections (streams) nginx takes. */
  connections: number;
}

/** The documented site configuration with this run's app processes, ports and certificate. */
function siteConfig({ dir, appPorts, httpsPort, httpPort }: NginxSite): string {
  return (
    readFileSync('deploy/nginx/netwerkkaart.conf', 'utf8')
      // The upstream's app processes: this run's instead of the example's.
      .replace(
        /(upstream netwerkkaart_app \{\n)((?:\s*server 127\.0\.0\.1:\d+;.*\n)+)/,
        (_, open: string) => open + appPorts.map((p) => `    server 127.0.0.1:${p};\n`).join(''),
      )
      .replace(/^\s*listen \[::\].*$/gm, '')
      .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
      .replace('return 301 https://$host$request_uri;', `return 301 https://127.0.0.1:${httpsPort}$request_uri;`)
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${dir}/cert.pem;`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${dir}/key.pem;`)
  );
}

/**
 * Makes the certificate and writes `dir/nginx.conf` (in the foreground, logging to stderr), then
 * checks it with `nginx -t`. Returns the arguments that start nginx on it.
 */
export function prepareNginx(site: NginxSite): string[] {
  const { dir } = site;
  const cert = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' },
  );
  if (cert.status !== 0) throw new Error(`openssl: ${cert.stderr}`);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub));
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `
daemon off;
worker_processes 1;
worker_rlimit_nofile ${Math.max(1024, site.connections * 2)};
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections ${site.connections}; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  ${siteConfig(site)}
}
`,
  );
  const args = ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  const check = spawnSync('nginx', ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  return args;
}
