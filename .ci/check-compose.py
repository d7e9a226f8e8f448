#!/usr/bin/env python3
"""Checks the layout of docker-compose.yml, resolved by `docker-compose config` (read from standard input).

docker-compose 1.29 (Debian's, no engine needed) validates the file but its `config` ignores --profile, so which
services each variant starts is checked here instead:
  - without a profile: postgres, axonserver, throughline (the full stack);
  - `--profile scale up nginx`: nginx and what it depends on: two nodes and their own PostgreSQL, no Axon Server;
  - `--profile monitoring`: Prometheus and Grafana, which start beside either variant without pulling one in;
  - `--profile oidc up throughline-oidc`: the full stack's PostgreSQL and Axon Server, an OpenID Connect provider
    and the service signing in with it;
and every service has a health check, every dependency waits for health, and nginx's config names both nodes,
balances them without stickiness and passes the client's address, which the nodes trust from it.
"""
import sys
from pathlib import Path

import yaml

FULL = {"postgres", "axonserver", "throughline"}
SCALE = {"postgres-scale", "throughline-1", "throughline-2", "nginx"}
MONITORING = {"prometheus", "grafana"}
OIDC = {"oidc", "throughline-oidc"}

config = yaml.safe_load(sys.stdin)
services = config["services"]
problems = []


def deps(name):
    """The services that `docker compose up NAME` starts along with NAME."""
    seen, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(services[current].get("depends_on", {}) or {})
    return seen


default = {name for name, s in services.items() if not s.get("profiles")}
if default != FULL:
    problems.append(f"services without a profile are {sorted(default)}, expected {sorted(FULL)}")
scale = {name for name, s in services.items() if "scale" in (s.get("profiles") or [])}
if scale != SCALE:
    problems.append(f"services of profile 'scale' are {sorted(scale)}, expected {sorted(SCALE)}")
monitoring = {name for name, s in services.items() if "monitoring" in (s.get("profiles") or [])}
if monitoring != MONITORING:
    problems.append(f"services of profile 'monitoring' are {sorted(monitoring)}, expected {sorted(MONITORING)}")
oidc = {name for name, s in services.items() if "oidc" in (s.get("profiles") or [])}
if oidc != OIDC:
    problems.append(f"services of profile 'oidc' are {sorted(oidc)}, expected {sorted(OIDC)}")
if "throughline-oidc" in services and deps("throughline-oidc") != FULL - {"throughline"} | OIDC:
    problems.append(f"`up throughline-oidc` would start {sorted(deps('throughline-oidc'))}, "
                    f"expected {sorted(FULL - {'throughline'} | OIDC)}")
if "grafana" in services and deps("grafana") != MONITORING:
    problems.append(f"`up grafana` would start {sorted(deps('grafana'))}, expected {sorted(MONITORING)}")
if "nginx" in services and deps("nginx") != SCALE:
    problems.append(f"`up nginx` would start {sorted(deps('nginx'))}, expected {sorted(SCALE)}")
if "throughline" in services and deps("throughline") != FULL:
    problems.append(f"`up throughline` would start {sorted(deps('throughline'))}, expected {sorted(FULL)}")

for name, service in services.items():
    test = (service.get("healthcheck") or {}).get("test")
    if not test or test == ["NONE"] or (service.get("healthcheck") or {}).get("disable"):
        problems.append(f"{name}: no health check")
    depends_on = service.get("depends_on") or {}
    if isinstance(depends_on, list):
        problems.append(f"{name}: depends_on without conditions: {depends_on}")
    else:
        for dep, spec in depends_on.items():
            if (spec or {}).get("condition") != "service_healthy":
                problems.append(f"{name}: depends on {dep} without condition: service_healthy")


def env(name):
    return services.get(name, {}).get("environment") or {}


if env("throughline").get("SPRING_PROFILES_ACTIVE") != "postgres,axonserver":
    problems.append("throughline: SPRING_PROFILES_ACTIVE is not postgres,axonserver")
for node in ("throughline-1", "throughline-2"):
    if env(node).get("SPRING_PROFILES_ACTIVE") != "postgres":
        problems.append(f"{node}: SPRING_PROFILES_ACTIVE is not postgres")
    if "AXON_SERVER" in env(node):
        problems.append(f"{node}: AXON_SERVER is set; the nodes run without Axon Server")
    if env(node).get("SERVER_FORWARD_HEADERS_STRATEGY") != "native":
        problems.append(f"{node}: SERVER_FORWARD_HEADERS_STRATEGY is not native; behind nginx every client would have its address")
    if "postgres-scale:5432" not in env(node).get("SPRING_DATASOURCE_URL", ""):
        problems.append(f"{node}: SPRING_DATASOURCE_URL does not point at postgres-scale")
    if services.get(node, {}).get("image") != services.get("throughline", {}).get("image"):
        problems.append(f"{node}: not the same image as throughline")

mounts = [str(v) for v in services.get("nginx", {}).get("volumes", [])]
conf = [m for m in mounts if m.endswith("/deploy/nginx.conf:/etc/nginx/nginx.conf:ro")]
if not conf:
    problems.append(f"nginx: deploy/nginx.conf is not mounted read-only as /etc/nginx/nginx.conf: {mounts}")
else:
    text = Path(conf[0].split(":")[0]).read_text()
    for upstream in ("server throughline-1:8080", "server throughline-2:8080"):
        if upstream not in text:
            problems.append(f"deploy/nginx.conf: no '{upstream}'")
    # Sessions are in PostgreSQL: no stickiness, and the nodes count failed sign-ins by the address nginx passes.
    if any(line.strip().startswith(("hash ", "ip_hash", "sticky")) for line in text.splitlines()):
        problems.append("deploy/nginx.conf: the upstream is sticky; the nodes share their sessions in PostgreSQL")
    if "proxy_set_header X-Forwarded-For $remote_addr;" not in text:
        problems.append("deploy/nginx.conf: X-Forwarded-For is not set to the client's address as nginx sees it")



def mounted(service, target):
    """The host path mounted read-only at target in the service, or None."""
    for volume in services.get(service, {}).get("volumes", []):
        parts = str(volume).split(":")
        if len(parts) == 3 and parts[1] == target and parts[2] == "ro":
            return Path(parts[0])
    return None


prometheus_yml = mounted("prometheus", "/etc/prometheus/prometheus.yml")
if prometheus_yml is None or not prometheus_yml.name == "prometheus.yml":
    problems.append("prometheus: deploy/prometheus.yml is not mounted read-only as /etc/prometheus/prometheus.yml")
else:
    scrape = yaml.safe_load(prometheus_yml.read_text())["scrape_configs"]
    targets = {t for job in scrape for group in job.get("static_configs", []) for t in group["targets"]}
    for node in ("throughline", "throughline-1", "throughline-2"):
        if f"{node}:8080" not in targets:
            problems.append(f"deploy/prometheus.yml: does not scrape {node}:8080")
    if any(job.get("metrics_path") != "/actuator/prometheus" for job in scrape):
        problems.append("deploy/prometheus.yml: a job does not scrape /actuator/prometheus")
for target, what in (("/etc/grafana/provisioning", "provisioning"), ("/var/lib/grafana/dashboards", "dashboards")):
    source = mounted("grafana", target)
    if source is None or not source.is_dir() or not any(source.rglob("*.*")):
        problems.append(f"grafana: deploy/grafana/{what} is not mounted read-only at {target}")

for problem in problems:
    print(f"docker-compose.yml: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"docker-compose.yml layout: default {sorted(FULL)}; profile scale {sorted(SCALE)}; "
      f"profile monitoring {sorted(MONITORING)}; profile oidc {sorted(OIDC)}; "
      f"{len(services)} services with health checks")
