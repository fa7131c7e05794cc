# ElementTree's parse + serialise per document, on the same files as main.swift.
import sys, time, xml.etree.ElementTree as ET
texts = [open(p, encoding='utf-8').read() for p in sys.argv[1:]]
rounds = max(1, 20000 // max(len(texts), 1))
start = time.perf_counter()
for _ in range(rounds):
    for t in texts:
        ET.tostring(ET.fromstring(t), encoding='unicode')
elapsed = time.perf_counter() - start
print("python ElementTree parse+serialise: %.1f us/doc (%d docs x %d rounds)" % (elapsed * 1e6 / (rounds * len(texts)), len(texts), rounds))
