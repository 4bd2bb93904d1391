#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes global-enterprise.nameplan.json: a large, realistic estate for scale (about 50
authorities, 40 zones, 200 services). Deterministic: the same seed gives the same file.
Run `nameplan format` on the output to store it in canonical form."""
import json
import random
import sys

rng = random.Random(20261128)
D = 86400

continents = {
    "europe": ["eu-west", "eu-central", "eu-north"],
    "north-america": ["us-east", "us-west", "ca-central"],
    "asia-pacific": ["ap-south", "ap-northeast", "ap-southeast"],
    "south-america": ["sa-east"],
}
regions = []
for continent, subs in continents.items():
    regions.append({"id": continent, "name": continent.replace("-", " ").title()})
    for sub in subs:
        regions.append({"id": sub, "name": sub.upper(), "parent": continent,
                        "unavailability": round(rng.uniform(1e-4, 5e-4), 6)})
leaf_regions = [r["id"] for r in regions if "parent" in r]

providers = [
    {"id": "globex-it", "name": "Globex IT (in-house)"},
    {"id": "anycastco", "name": "AnycastCo"},
    {"id": "edgedns", "name": "EdgeDNS"},
    {"id": "cloudzone", "name": "CloudZone DNS"},
    {"id": "regionalhost", "name": "RegionalHost"},
]
paths = []
for i, region in enumerate(leaf_regions):
    paths.append({"id": f"transit-{region}", "name": f"Transit {region}", "regions": [region],
                  "unavailability": round(rng.uniform(2e-4, 1e-3), 6)})
paths.append({"id": "backbone", "name": "Globex private backbone", "regions": ["eu-west", "us-east", "ap-south"],
              "unavailability": 0.0008})
dependencies = [
    {"id": "scrubber", "name": "DDoS scrubbing vendor", "category": "DDoS mitigation", "unavailability": 0.0003},
    {"id": "registrar", "name": "Corporate registrar", "category": "registrar", "unavailability": 0.00001},
    {"id": "iam-cloud", "name": "Cloud IAM control plane", "category": "cloud control plane", "unavailability": 0.0002},
    {"id": "netops", "name": "Network operations team", "category": "operations team", "unavailability": 0.0001},
]
signers = [
    {"id": "signer-eu", "name": "HSM signer EU", "provider": "globex-it", "regions": ["eu-central"],
     "mtbf_hours": 8760, "mttr_hours": 6},
    {"id": "signer-us", "name": "HSM signer US", "provider": "globex-it", "regions": ["us-east"],
     "mtbf_hours": 8760, "mttr_hours": 6},
]
software = {"globex-it": "bind", "anycastco": "knot", "edgedns": "nsd", "cloudzone": "powerdns",
            "regionalhost": "bind"}
authorities = []
primaries = []
for i, region in enumerate(["eu-central", "us-east"]):
    hid = f"hp{i + 1}"
    primaries.append(hid)
    authorities.append({"id": hid, "name": f"Hidden primary {i + 1}", "hostname": f"hp{i + 1}.int.globex.example",
                        "addresses": [f"198.51.100.{10 + i}"], "provider": "globex-it", "regions": [region],
                        "paths": ["backbone"], "software": "bind", "role": "hidden-primary",
                        "mtbf_hours": 4380, "mttr_hours": 2})
n = 0
for provider in ["anycastco", "edgedns", "cloudzone", "regionalhost"]:
    count = 12 if provider != "regionalhost" else 12
    for k in range(count):
        n += 1
        sites = rng.sample(leaf_regions, 3 if provider == "anycastco" else 1)
        entry = {"id": f"{provider}-ns{k + 1}", "name": f"{provider} ns{k + 1}",
                 "hostname": f"ns{k + 1}.{provider}.net",
                 "addresses": [f"192.0.2.{n}", f"2001:db8:{n:x}::53"], "provider": provider,
                 "regions": sorted(sites), "paths": sorted({f"transit-{s}" for s in sites}),
                 "software": software[provider], "role": "secondary",
                 "transfer_from": primaries[k % 2], "unavailability": round(rng.uniform(5e-5, 3e-4), 6)}
        if provider in ("anycastco", "edgedns") and k % 3 == 0:
            entry["dependencies"] = ["scrubber"]
        authorities.append(entry)
secondaries = [a["id"] for a in authorities if a["role"] == "secondary"]
resolvers = []
for region in leaf_regions:
    resolvers.append({"id": f"res-{region}", "name": f"Resolvers {region}", "addresses": [f"10.{len(resolvers) + 1}.0.53"],
                      "provider": "globex-it", "regions": [region], "paths": [f"transit-{region}", "backbone"],
                      "unavailability": 0.0001})
zones = [{"id": "zone-root", "name": "Corporate apex", "domain": "globex.example",
          "authorities": ["anycastco-ns1", "anycastco-ns2", "edgedns-ns1", "edgedns-ns2"], "signer": "signer-eu",
          "soa_refresh": 3600, "soa_retry": 900, "soa_expire": 14 * D, "soa_minimum": 300,
          "signature_validity": 14 * D, "dependencies": ["registrar"]}]
units = ["idp", "sso", "api", "pay", "mail", "vpn", "hr", "crm", "erp", "data", "ml", "iot", "web", "cdn", "auth",
         "sec", "log", "ops", "git", "ci", "k8s", "db", "mq", "search", "chat", "voice", "video", "docs", "wiki",
         "shop", "partner", "billing", "support", "status", "edge", "legal", "finance", "res", "lab"]
for unit in units:
    pick = rng.sample(secondaries, rng.choice([2, 3, 4]))
    zone = {"id": f"zone-{unit}", "name": f"{unit} zone", "domain": f"{unit}.globex.example",
            "authorities": sorted(pick), "parent": "zone-root", "soa_refresh": 3600, "soa_retry": 900,
            "soa_expire": rng.choice([7, 14, 28]) * D, "soa_minimum": 300}
    if rng.random() < 0.6:
        zone["signer"] = rng.choice(["signer-eu", "signer-us"])
        zone["signature_validity"] = rng.choice([7, 14, 21]) * D
    zones.append(zone)
names = []
for zone in zones[1:]:
    for host in ["www", "api", "login", "auth", "svc"]:
        names.append({"id": f"n-{host}-{zone['id'][5:]}", "fqdn": f"{host}.{zone['domain']}",
                      "type": rng.choice(["A", "AAAA"])})
for i in range(0, len(names), 17):
    target = names[(i * 7 + 3) % len(names)]
    if target["id"] != names[i]["id"]:
        names[i]["cname"] = target["id"]
populations = []
for region in leaf_regions:
    populations.append({"id": f"pop-{region}", "name": f"Staff {region}", "region": region,
                        "paths": [f"transit-{region}", "backbone"] if region in ("eu-west", "us-east", "ap-south")
                        else [f"transit-{region}"], "resolvers": [f"res-{region}"]})
populations.append({"id": "customers", "name": "Customers (internet)", "region": "north-america",
                    "paths": sorted(p["id"] for p in paths if p["id"] != "backbone")})
services = []
criticalities = ["critical", "high", "medium", "low"]
for i in range(200):
    unit = units[i % len(units)]
    svc = {"id": f"svc-{i + 1:03d}", "name": f"{unit.upper()} service {i // len(units) + 1}",
           "names": sorted(rng.sample([nm["id"] for nm in names if nm["id"].endswith("-" + unit)], rng.choice([1, 2]))),
           "criticality": criticalities[min(3, int(rng.random() * 4))],
           "populations": sorted(rng.sample([p["id"] for p in populations], rng.choice([2, 3, 4])))}
    if i >= 10:
        deps = sorted({f"svc-{rng.randrange(1, i) :03d}" for _ in range(rng.choice([0, 1, 1, 2]))})
        if deps:
            svc["services"] = deps
    services.append(svc)
scenarios = [
    {"id": "s-eu-central", "name": "EU Central lost", "outages": ["eu-central"]},
    {"id": "s-anycast-control", "name": "AnycastCo control plane lost for 3 weeks", "outages": ["anycastco:control"],
     "duration": 21 * D},
    {"id": "s-scrubber", "name": "DDoS vendor outage", "outages": ["scrubber"]},
]
model = {"schema": 1, "title": "Globex global enterprise estate", "author": "Globex architecture board",
         "description": "A large multinational estate used to check that Nameplan stays fast at scale.",
         "regions": regions, "providers": providers, "paths": paths, "dependencies": dependencies, "signers": signers,
         "authorities": authorities, "resolvers": resolvers, "zones": zones, "names": names, "services": services,
         "populations": populations, "scenarios": scenarios}
json.dump(model, sys.stdout, indent=1)
