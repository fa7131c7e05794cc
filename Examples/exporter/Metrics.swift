import Prometheus

/// The series of Debian's `prometheus-libvirt-exporter` (kumina's
/// libvirt_exporter 0.2.0): the same names, help texts and labels.
enum Metric: CaseIterable {
    case up, domains
    case stateCode, maximumMemory, memoryUsage, virtualCPUs, cpuTime
    case readBytes, readRequests, writeBytes, writeRequests
    case receiveBytes, receivePackets, receiveErrors, receiveDrops
    case transmitBytes, transmitPackets, transmitErrors, transmitDrops

    /// Whether the series is a counter (else a gauge).
    var isCounter: Bool {
        switch self {
        case .up, .domains, .stateCode, .maximumMemory, .memoryUsage, .virtualCPUs: false
        default: true
        }
    }

    var name: String {
        switch self {
        case .up: "libvirt_up"
        case .domains: "libvirt_domains_number"
        case .stateCode: "libvirt_domain_state_code"
        case .maximumMemory: "libvirt_domain_info_maximum_memory_bytes"
        case .memoryUsage: "libvirt_domain_info_memory_usage_bytes"
        case .virtualCPUs: "libvirt_domain_info_virtual_cpus"
        case .cpuTime: "libvirt_domain_info_cpu_time_seconds_total"
        case .readBytes: "libvirt_domain_block_stats_read_bytes_total"
        case .readRequests: "libvirt_domain_block_stats_read_requests_total"
        case .writeBytes: "libvirt_domain_block_stats_write_bytes_total"
        case .writeRequests: "libvirt_domain_block_stats_write_requests_total"
        case .receiveBytes: "libvirt_domain_interface_stats_receive_bytes_total"
        case .receivePackets: "libvirt_domain_interface_stats_receive_packets_total"
        case .receiveErrors: "libvirt_domain_interface_stats_receive_errors_total"
        case .receiveDrops: "libvirt_domain_interface_stats_receive_drops_total"
        case .transmitBytes: "libvirt_domain_interface_stats_transmit_bytes_total"
        case .transmitPackets: "libvirt_domain_interface_stats_transmit_packets_total"
        case .transmitErrors: "libvirt_domain_interface_stats_transmit_errors_total"
        case .transmitDrops: "libvirt_domain_interface_stats_transmit_drops_total"
        }
    }

    var help: String {
        switch self {
        case .up: "Whether scraping libvirt's metrics was successful."
        case .domains: "Number of domains."
        case .stateCode: "State of the domain."
        case .maximumMemory: "Maximum allowed memory of the domain, in bytes."
        case .memoryUsage: "Memory usage of the domain, in bytes."
        case .virtualCPUs: "Number of virtual CPUs for the domain."
        case .cpuTime: "Amount of CPU time used by the domain, in seconds."
        case .readBytes: "Number of bytes read from a block device, in bytes."
        case .readRequests: "Number of read requests from a block device."
        case .writeBytes: "Number of bytes written from a block device, in bytes."
        case .writeRequests: "Number of write requests from a block device."
        case .receiveBytes: "Number of bytes received on a network interface, in bytes."
        case .receivePackets: "Number of packets received on a network interface."
        case .receiveErrors: "Number of packet receive errors on a network interface."
        case .receiveDrops: "Number of packet receive drops on a network interface."
        case .transmitBytes: "Number of bytes transmitted on a network interface, in bytes."
        case .transmitPackets: "Number of packets transmitted on a network interface."
        case .transmitErrors: "Number of packet transmit errors on a network interface."
        case .transmitDrops: "Number of packet transmit drops on a network interface."
        }
    }
}

/// One scrape's series, written in Prometheus' text format by swift-prometheus.
///
/// A registry per scrape: a domain that went away since the last scrape has
/// no series left behind.
struct Exposition {
    private let registry = PrometheusCollectorRegistry()

    /// Sets the series `metric{labels}` to `value` (labels sorted by name, as
    /// Go's client writes them).
    func set(_ metric: Metric, _ labels: [(String, String)] = [], _ value: Double) {
        let labels = labels.sorted { $0.0 < $1.0 }
        if metric.isCounter {
            registry.makeCounter(name: metric.name, labels: labels, help: metric.help).increment(by: value)
        } else {
            registry.makeGauge(name: metric.name, labels: labels, help: metric.help).set(value)
        }
    }

    /// Sets the series when libvirt reported the value; a counter of whole
    /// numbers prints as one (`512`, not `512.0`).
    func set<Value: BinaryInteger>(_ metric: Metric, _ labels: [(String, String)], _ value: Value?) {
        guard let value else { return }
        if metric.isCounter, let whole = Int64(exactly: value) {
            registry.makeCounter(name: metric.name, labels: labels.sorted { $0.0 < $1.0 }, help: metric.help)
                .increment(by: whole)
        } else {
            set(metric, labels, Double(value))
        }
    }

    /// The text exposition.
    func text() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
