import Glibc
import Libvirt
import ToolCommandLine

// `fleet [--hosts "URI URI ..."] [--guests G] [--pollers K] [--seconds S]`
//
// Stats polling over a `Fleet` of 1, 2, ... N hosts (by default the namespace
// hosts of `scripts/hosts.sh up`, read from its env file): G running guests are
// started on every host, then K tasks call `fleet.allDomainStats()` (one bulk
// stats call per host, all hosts at once) for S seconds. Each row prints the
// fleet rounds per second, the host calls per second (rounds x hosts), the
// records per round and the client's CPU time (user + system, getrusage) per
// host call.

// MARK: - Options

struct Options {
    var hosts: [String] = []
    var guests = 4
    var pollers = 4
    var seconds = 5.0

    init(_ arguments: [String]) {
        let line = ToolCommandLine(
            tool: "fleet", usage: "[--hosts \"URI URI ...\"] [--guests G] [--pollers K] [--seconds S]")
        line.parse(arguments) { option, value in
            switch option {
            case "--hosts": hosts = value.split(separator: " ").map(String.init)
            case "--guests": guests = line.number(value, option)
            case "--pollers": pollers = line.number(value, option, minimum: 1)
            case "--seconds": seconds = Double(line.number(value, option))
            default: return false
            }
            return true
        }
        if hosts.isEmpty { hosts = Self.namespaceHosts() }
        if hosts.isEmpty { line.fail("no hosts: give --hosts or run scripts/hosts.sh up") }
    }

    /// The URIs `scripts/hosts.sh up` wrote to its env file.
    static func namespaceHosts() -> [String] {
        let root = getenv("LIBVIRT_TEST_HOSTS_ROOT").map { String(cString: $0) } ?? "/var/tmp/swift-libvirt-hosts"
        guard let file = fopen("\(root)/env", "r") else { return [] }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 4096)
        let prefix = "LIBVIRT_TEST_HOSTS='"
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(prefix) else { continue }
            return text.dropFirst(prefix.count).split { $0 == "'" || $0 == "\n" }.first?
                .split(separator: " ").map(String.init) ?? []
        }
        return []
    }
}

// MARK: - Clocks

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The process's CPU time so far (user + system), in seconds.
func cpuTime() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

// MARK: - Guests

/// A small transient guest with no disk: enough for every stats group to report.
func guestXML(_ name: String) -> String {
    """
    <domain type='kvm'><name>\(name)</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>\
    <os><type arch='x86_64' machine='pc'>hvm</type></os>\
    <devices><video><model type='none'/></video><memballoon model='none'/></devices></domain>
    """
}

// MARK: - The run

let options = Options(Array(CommandLine.arguments.dropFirst()))
let prefix = "bench-fleet-\(getpid())"
var started: [Domain] = []
for (index, uri) in options.hosts.enumerated() {
    let connection = try await Connection.open(uri)
    for guest in 0..<options.guests {
        started.append(try await connection.createDomain(xml: guestXML("\(prefix)-\(index)-\(guest)")))
    }
}
print("fleet: \(options.hosts.count) hosts, \(options.guests) guests each, \(options.pollers) pollers, \(options.seconds) s a row")
print("hosts  rounds/s  host calls/s  records/round  cpu_us/host call  failures")

for count in 1...options.hosts.count {
    let uris = Array(options.hosts.prefix(count))
    await Fleet.with(uris) { fleet in
        _ = await fleet.allDomainStats()
        let startTime = now(), startCPU = cpuTime()
        let deadline = startTime + options.seconds
        let (rounds, records, failures) = await withTaskGroup(of: (Int, Int, Int).self) { group in
            for _ in 0..<options.pollers {
                group.addTask {
                    var rounds = 0, records = 0, failures = 0
                    while now() < deadline {
                        for host in await fleet.allDomainStats() {
                            switch host.records {
                            case .success(let list): records += list.count
                            case .failure: failures += 1
                            }
                        }
                        rounds += 1
                    }
                    return (rounds, records, failures)
                }
            }
            var total = (0, 0, 0)
            for await (rounds, records, failures) in group {
                total = (total.0 + rounds, total.1 + records, total.2 + failures)
            }
            return total
        }
        let seconds = now() - startTime, cpu = cpuTime() - startCPU
        let calls = rounds * count
        let row = [
            "\(count)".padding(5), String(Int(Double(rounds) / seconds)).padding(8),
            String(Int(Double(calls) / seconds)).padding(12), String(records / max(rounds, 1)).padding(13),
            String(Int(cpu / Double(max(calls, 1)) * 1e6)).padding(16), "\(failures)",
        ]
        print(row.joined(separator: "  "))
    }
}

for domain in started { try? await domain.destroy() }

extension String {
    /// Right-aligned in `width` columns.
    func padding(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
