#!/usr/bin/env python3
"""Writes a one-region AmazonEC2 offer file in the AWS Price List's shape for bench_pricelist.

The shape and attribute mix follow the real regional files (about 450 MB, 100,000+ products):
every instance type comes in every operating system, pre-installed software, licence model,
tenancy and capacity status, with Capacity Block 0.00 twins, data-transfer and EBS products,
on-demand terms for all and Reserved terms (with upfront fees) for most. The prices are
synthetic: this file measures the reader, it is never imported into a real book.

usage: make_ec2_offer.py OUT.json [--types N]   (all 817 types: about 104,000 products, 450 MB)
"""
import sys

REGION = "ap-northeast-1"
LOCATION = "Asia Pacific (Tokyo)"
PREFIX = "APN1-"

FAMILIES = [
    ("c5", "Intel Xeon Platinum 8124M"), ("c5a", "AMD EPYC 7R32"), ("c6a", "AMD EPYC 7R13 Processor"),
    ("c6g", "AWS Graviton2 Processor"), ("c6i", "Intel Xeon 8375C (Ice Lake)"), ("c7a", "AMD EPYC 9R14 Processor"),
    ("c7g", "AWS Graviton3 Processor"), ("c7i", "Intel Xeon Scalable (Sapphire Rapids)"),
    ("c8g", "AWS Graviton4 Processor"), ("m5", "Intel Xeon Platinum 8175"), ("m5a", "AMD EPYC 7571"),
    ("m6a", "AMD EPYC 7R13 Processor"), ("m6g", "AWS Graviton2 Processor"), ("m6i", "Intel Xeon 8375C (Ice Lake)"),
    ("m7a", "AMD EPYC 9R14 Processor"), ("m7g", "AWS Graviton3 Processor"),
    ("m7i", "Intel Xeon Scalable (Sapphire Rapids)"), ("m8g", "AWS Graviton4 Processor"),
    ("r5", "Intel Xeon Platinum 8175"), ("r6a", "AMD EPYC 7R13 Processor"), ("r6g", "AWS Graviton2 Processor"),
    ("r6i", "Intel Xeon 8375C (Ice Lake)"), ("r7a", "AMD EPYC 9R14 Processor"), ("r7g", "AWS Graviton3 Processor"),
    ("r7i", "Intel Xeon Scalable (Sapphire Rapids)"), ("r8g", "AWS Graviton4 Processor"),
    ("t3", "Intel Skylake E5 2686 v5"), ("t3a", "AMD EPYC 7571"), ("t4g", "AWS Graviton2 Processor"),
    ("x2idn", "Intel Xeon 8375C (Ice Lake)"), ("i4i", "Intel Xeon 8375C (Ice Lake)"),
    ("g5", "AMD EPYC 7R32"), ("g6", "AMD EPYC 7R13 Processor"), ("p5", "AMD EPYC 7R13 Processor"),
    ("inf2", "AMD EPYC 7R13 Processor"), ("hpc7g", "AWS Graviton3E Processor"),
    ("c6gn", "AWS Graviton2 Processor"), ("c7gn", "AWS Graviton3E Processor"), ("im4gn", "AWS Graviton2 Processor"),
    ("is4gen", "AWS Graviton2 Processor"), ("d3", "Intel Xeon Platinum 8259 (Cascade Lake)"),
    ("z1d", "Intel Xeon Platinum 8151"), ("u-6tb1", "Intel Xeon Scalable (Skylake)"),
]
SIZES = [("medium", 1, 4), ("large", 2, 8), ("xlarge", 4, 16), ("2xlarge", 8, 32), ("4xlarge", 16, 64),
         ("8xlarge", 32, 128), ("12xlarge", 48, 192), ("16xlarge", 64, 256), ("24xlarge", 96, 384),
         ("32xlarge", 128, 512), ("48xlarge", 192, 768), ("metal", 96, 384), ("metal-24xl", 96, 384),
         ("metal-48xl", 192, 768), ("nano", 1, 0.5), ("micro", 1, 1), ("small", 1, 2), ("18xlarge", 72, 144),
         ("9xlarge", 36, 72)]

# (operatingSystem, preInstalledSw, licenseModel, operation code)
SOFTWARE = [
    ("Linux", "NA", "No License required", "RunInstances"),
    ("Linux", "SQL Web", "No License required", "RunInstances:0200"),
    ("Linux", "SQL Std", "No License required", "RunInstances:0004"),
    ("Linux", "SQL Ent", "No License required", "RunInstances:0100"),
    ("Windows", "NA", "No License required", "RunInstances:0002"),
    ("Windows", "NA", "Bring your own license", "RunInstances:0800"),
    ("Windows", "SQL Web", "No License required", "RunInstances:0202"),
    ("Windows", "SQL Std", "No License required", "RunInstances:0006"),
    ("Windows", "SQL Ent", "No License required", "RunInstances:0102"),
    ("RHEL", "NA", "No License required", "RunInstances:0010"),
    ("Red Hat Enterprise Linux with HA", "NA", "No License required", "RunInstances:1010"),
    ("SUSE", "NA", "No License required", "RunInstances:000g"),
    ("Ubuntu Pro", "NA", "No License required", "RunInstances:0g00"),
    ("RHEL", "SQL Web", "No License required", "RunInstances:0210"),
    ("RHEL", "SQL Std", "No License required", "RunInstances:0014"),
    ("RHEL", "SQL Ent", "No License required", "RunInstances:0110"),
    ("Red Hat Enterprise Linux with HA", "SQL Std", "No License required", "RunInstances:1014"),
    ("Red Hat Enterprise Linux with HA", "SQL Ent", "No License required", "RunInstances:1110"),
]
TENANCY = [("Shared", "BoxUsage"), ("Dedicated", "DedicatedUsage"), ("Host", "HostBoxUsage")]
CAPACITY = [("Used", ""), ("UnusedCapacityReservation", "UnusedBox"), ("AllocatedCapacityReservation", "Reservation")]

_counter = [0]


def sku():
    _counter[0] += 1
    n = _counter[0]
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    s = ""
    for _ in range(16):
        s += alphabet[n % 32]
        n = n // 32 + 7 * len(s)
    return s


def product(out, s, family, attributes):
    body = ",\n".join('        "%s" : "%s"' % kv for kv in attributes)
    out.write('    "%s" : {\n      "sku" : "%s",\n      "productFamily" : "%s",\n      "attributes" : {\n%s\n      }\n    }'
              % (s, s, family, body))


def dimension(s, term, rate, description, unit, price, ranged=True):
    ranges = '            "beginRange" : "0",\n            "endRange" : "Inf",\n' if ranged else ""
    return ('          "%s.%s.%s" : {\n            "rateCode" : "%s.%s.%s",\n            "description" : "%s",\n%s'
            '            "unit" : "%s",\n            "pricePerUnit" : {\n              "USD" : "%s"\n            },\n'
            '            "appliesTo" : [ ]\n          }' % (s, term, rate, s, term, rate, description, ranges, unit, price))


def term(s, code, dims, attributes):
    attrs = ", ".join('"%s" : "%s"' % kv for kv in attributes)
    return ('      "%s.%s" : {\n        "offerTermCode" : "%s",\n        "sku" : "%s",\n'
            '        "effectiveDate" : "2026-10-01T00:00:00Z",\n        "priceDimensions" : {\n%s\n        },\n'
            '        "termAttributes" : { %s }\n      }' % (s, code, code, s, ",\n".join(dims), attrs))


RESERVED = [("4NA7Y494T4", "1yr", "standard", "No Upfront"), ("HU7G6KETJZ", "1yr", "standard", "Partial Upfront"),
            ("6QCMYABX3D", "1yr", "standard", "All Upfront"), ("BPH4J8HBKS", "3yr", "standard", "No Upfront"),
            ("38NPMPTW36", "3yr", "standard", "Partial Upfront"), ("NQ3QZPMQV9", "3yr", "standard", "All Upfront"),
            ("7NE97W5U4E", "1yr", "convertible", "No Upfront"), ("CUZHX8X6JH", "1yr", "convertible", "Partial Upfront"),
            ("VJWZNREJX2", "1yr", "convertible", "All Upfront"), ("Z2E3P23VKM", "3yr", "convertible", "No Upfront"),
            ("R5XV2EPZQZ", "3yr", "convertible", "Partial Upfront"), ("MZU6U2429S", "3yr", "convertible", "All Upfront")]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    types = 100000
    if "--types" in sys.argv:
        types = int(sys.argv[sys.argv.index("--types") + 1])
    all_types = []
    for family, processor in FAMILIES:
        for size, vcpu, memory in SIZES:
            all_types.append(("%s.%s" % (family, size), family, processor, vcpu, memory))
    all_types = all_types[:types]

    terms = []  # (sku, on-demand price, reserved?)
    with open(sys.argv[1], "w", buffering=4 * 1024 * 1024) as out:
        out.write('{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "This pricing list is for informational purposes only. '
                  'All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. '
                  'All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/",\n'
                  '  "offerCode" : "AmazonEC2",\n  "version" : "20261001000000",\n'
                  '  "publicationDate" : "2026-10-01T00:00:00Z",\n  "products" : {\n')
        first = True

        def emit(s, family, attributes):
            nonlocal first
            if not first:
                out.write(",\n")
            first = False
            product(out, s, family, attributes)

        for index, (itype, family, processor, vcpu, memory) in enumerate(all_types):
            base = 0.0052 * vcpu + 0.0013 * memory + 0.0001 * (index % 7)
            arm = "Graviton" in processor
            family_kind = "Compute Instance (bare metal)" if "metal" in itype else "Compute Instance"
            for os_name, software, licence, operation in SOFTWARE:
                for tenancy, box in TENANCY:
                    for capacity, capacity_box in CAPACITY:
                        if tenancy == "Host" and capacity != "Used":
                            continue
                        usage = capacity_box or box
                        s = sku()
                        attributes = [
                            ("servicecode", "AmazonEC2"), ("location", LOCATION), ("locationType", "AWS Region"),
                            ("instanceType", itype), ("currentGeneration", "Yes"),
                            ("instanceFamily", "General purpose"), ("vcpu", str(vcpu)),
                            ("physicalProcessor", processor), ("clockSpeed", "3.2 GHz"),
                            ("memory", "%s GiB" % ("{:,}".format(memory) if memory >= 1 else memory)),
                            ("storage", "EBS only"), ("networkPerformance", "Up to 12500 Megabit"),
                            ("processorArchitecture", "64-bit"), ("tenancy", tenancy), ("operatingSystem", os_name),
                            ("licenseModel", licence), ("usagetype", "%s%s:%s" % (PREFIX, usage, itype)),
                            ("operation", operation), ("availabilityzone", "NA"), ("capacitystatus", capacity),
                            ("classicnetworkingsupport", "false"), ("dedicatedEbsThroughput", "Up to 10000 Mbps"),
                            ("ecu", "NA"), ("enhancedNetworkingSupported", "Yes"), ("gpuMemory", "NA"),
                            ("instancesku", sku()), ("intelAvxAvailable", "No" if arm else "Yes"),
                            ("intelAvx2Available", "No" if arm else "Yes"), ("intelTurboAvailable", "No" if arm else "Yes"),
                            ("marketoption", "OnDemand"), ("normalizationSizeFactor", str(vcpu * 2)),
                            ("preInstalledSw", software), ("processorFeatures", "AVX; AVX2; Intel AVX-512"),
                            ("regionCode", REGION), ("servicename", "Amazon Elastic Compute Cloud"),
                            ("vpcnetworkingsupport", "true")]
                        emit(s, family_kind, attributes)
                        price = 0.0 if tenancy == "Host" or capacity == "AllocatedCapacityReservation" else base
                        if os_name != "Linux":
                            price += 0.046 * vcpu
                        if software != "NA":
                            price += 0.12 * vcpu
                        terms.append((s, price, capacity == "Used" and tenancy == "Shared"))
            # The Capacity Block twin of the Linux type, priced 0.00 on demand.
            s = sku()
            emit(s, family_kind, [("servicecode", "AmazonEC2"), ("location", LOCATION), ("instanceType", itype),
                                  ("vcpu", str(vcpu)), ("memory", "%s GiB" % memory), ("tenancy", "Shared"),
                                  ("operatingSystem", "Linux"), ("licenseModel", "No License required"),
                                  ("usagetype", "%sBoxUsage:%s" % (PREFIX, itype)), ("operation", "RunInstances:CB"),
                                  ("capacitystatus", "Used"), ("marketoption", "CapacityBlock"),
                                  ("preInstalledSw", "NA"), ("regionCode", REGION)])
            terms.append((s, 0.0, False))
        for volume in ("gp3", "gp2", "io2", "io1", "st1", "sc1", "standard"):
            s = sku()
            emit(s, "Storage", [("servicecode", "AmazonEC2"), ("location", LOCATION), ("storageMedia", "SSD-backed"),
                                ("volumeType", "General Purpose"), ("volumeApiName", volume),
                                ("usagetype", "%sEBS:VolumeUsage.%s" % (PREFIX, volume)), ("operation", ""),
                                ("regionCode", REGION)])
            terms.append((s, 0.096, False))
        for n in range(2000):
            s = sku()
            emit(s, "Data Transfer", [("servicecode", "AWSDataTransfer"), ("transferType", "InterRegion Outbound"),
                                      ("fromLocation", LOCATION), ("fromRegionCode", REGION),
                                      ("toLocation", "Region %d" % n), ("usagetype", "APN1-DataTransfer-Out-Bytes"),
                                      ("operation", ""), ("regionCode", REGION)])
            terms.append((s, 0.09, False))
        out.write('\n  },\n  "terms" : {\n    "OnDemand" : {\n')
        for i, (s, price, _) in enumerate(terms):
            if i:
                out.write(",\n")
            dim = dimension(s, "JRTCKXETXF", "6YS6EN2CT7", "USD %.10f per On Demand Linux Instance Hour" % price,
                            "Hrs", "%.10f" % price)
            out.write('    "%s" : {\n%s\n    }' % (s, term(s, "JRTCKXETXF", [dim], [])))
        out.write('\n    },\n    "Reserved" : {\n')
        first_reserved = True
        for s, price, reserved in terms:
            if not reserved:
                continue
            items = []
            for code, length, offering, option in RESERVED:
                years = 1 if length == "1yr" else 3
                hourly = 0 if option == "All Upfront" else price * (0.6 if option == "No Upfront" else 0.3)
                upfront = 0 if option == "No Upfront" else price * 8760 * years * (0.55 if option == "All Upfront" else 0.27)
                dims = [dimension(s, code, "2TG2D8R56U", "Upfront Fee", "Quantity", "%.0f" % upfront, ranged=False),
                        dimension(s, code, "6YS6EN2CT7", "Linux/UNIX (Amazon VPC), %s reserved instance applied" % length,
                                  "Hrs", "%.10f" % hourly)]
                items.append(term(s, code, dims, [("LeaseContractLength", length), ("OfferingClass", offering),
                                                   ("PurchaseOption", option)]))
            if not first_reserved:
                out.write(",\n")
            first_reserved = False
            out.write('    "%s" : {\n%s\n    }' % (s, ",\n".join(items)))
        out.write('\n    }\n  },\n  "attributesList" : { }\n}\n')
    sys.stderr.write("%s: %d products, %d instance types\n" % (sys.argv[1], len(terms), len(all_types)))


if __name__ == "__main__":
    main()
