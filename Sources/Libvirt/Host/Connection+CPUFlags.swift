import CLibvirt

extension Connection {
    /// Options for computing a baseline CPU (`virConnectBaselineCPUFlags`).
    public struct BaselineCPUFlags: OptionSet, Sendable, Hashable {
        /// The C value of the flags.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// List every feature of the CPU model too, not only those added to it
        /// (`VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES`).
        public static let expandFeatures = BaselineCPUFlags(
            rawValue: VIR_CONNECT_BASELINE_CPU_EXPAND_FEATURES.rawValue)
        /// Leave out features that block migration
        /// (`VIR_CONNECT_BASELINE_CPU_MIGRATABLE`).
        public static let migratable = BaselineCPUFlags(rawValue: VIR_CONNECT_BASELINE_CPU_MIGRATABLE.rawValue)
    }

    /// Options for comparing CPUs (`virConnectCompareCPUFlags`).
    public struct CompareCPUFlags: OptionSet, Sendable, Hashable {
        /// The C value of the flags.
        public let rawValue: UInt32

        /// Creates flags from their C value.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// Throw ``LibvirtError/Code/cpuIncompatible`` rather than return
        /// ``CPUComparison/incompatible`` (`VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE`).
        public static let failIncompatible = CompareCPUFlags(
            rawValue: VIR_CONNECT_COMPARE_CPU_FAIL_INCOMPATIBLE.rawValue)
        /// Validate the XML against libvirt's schema first
        /// (`VIR_CONNECT_COMPARE_CPU_VALIDATE_XML`).
        public static let validateXML = CompareCPUFlags(rawValue: VIR_CONNECT_COMPARE_CPU_VALIDATE_XML.rawValue)
    }
}
