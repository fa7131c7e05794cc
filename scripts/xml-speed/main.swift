// Times LibvirtXML on libvirt's XML files: typed parse + serialise and generic-tree parse +
// serialise, per document. Built and run by scripts/xml-speed.sh (swiftc -O on the sources).
import Foundation

let paths = Array(CommandLine.arguments.dropFirst())
let texts = paths.map { try! String(contentsOfFile: $0, encoding: .utf8) }
let rounds = max(1, 20_000 / max(texts.count, 1))

func measure(_ body: (String) -> Int) -> Double {
    var sink = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<rounds { for text in texts { sink &+= body(text) } }
    let elapsed = DispatchTime.now().uptimeNanoseconds - start
    if sink == 42 { print("") }
    return Double(elapsed) / 1000 / Double(rounds * texts.count)
}

let typed = measure { text in (try! LibvirtDocuments.parse(text)).xmlString.utf8.count }
let tree = measure { text in (try! XMLDocument(parsing: text)).xmlString.utf8.count }
print(String(format: "swift typed parse+serialise: %.1f us/doc; generic tree: %.1f us/doc (%d docs x %d rounds)",
             typed, tree, texts.count, rounds))
