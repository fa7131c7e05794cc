extension Domain {
    /// Which domains ``Connection/domains(flags:)`` lists (`virConnectListAllDomainsFlags`); empty lists them all.
    public struct ListFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// What a domain's XML description includes (`virDomainXMLFlags`).
    public struct XMLFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a domain starts (`virDomainCreateFlags`).
    public struct CreateFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a domain definition is checked (`virDomainDefineFlags`).
    public struct DefineFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// What undefining a domain also removes or keeps (`virDomainUndefineFlagsValues`).
    public struct UndefineFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a domain is destroyed (`virDomainDestroyFlagsValues`).
    public struct DestroyFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a guest is asked to shut down (`virDomainShutdownFlagValues`); empty lets the hypervisor choose.
    public struct ShutdownFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a guest is asked to reboot (`virDomainRebootFlagValues`); empty lets the hypervisor choose.
    public struct RebootFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a domain is saved or restored (`virDomainSaveRestoreFlags`).
    public struct SaveRestoreFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a domain's core is dumped (`virDomainCoreDumpFlags`).
    public struct CoreDumpFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which definition a change applies to (`virDomainModificationImpact`): empty means the current one (live when running, else persistent).
    public struct ModificationImpact: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Where a guest's host name is read from (`virDomainGetHostnameFlags`).
    public struct HostnameFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a guest's clock is set (`virDomainSetTimeFlags`).
    public struct SetTimeFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a password is given (`virDomainSetUserPasswordFlags`).
    public struct PasswordFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which groups of guest information to read (`virDomainGuestInfoTypes`); empty reads all.
    public struct GuestInfoTypes: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a dirty page rate is measured (`virDomainDirtyRateCalcFlags`).
    public struct DirtyRateCalcFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How a guest user's authorized SSH keys are changed (`virDomainAuthorizedSSHKeysSetFlags`).
    public struct AuthorizedKeysFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// How file descriptors handed to a domain are labelled (`virDomainFDAssociateFlags`).
    public struct FDAssociateFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which address space ``Domain/peekMemory(at:count:flags:)`` reads (`virDomainMemoryFlags`).
    public struct MemoryPeekFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }

    /// Which kinds of messages ``Domain/messages(types:)`` returns (`virDomainMessageType`); empty returns all.
    public struct MessageTypes: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }
    }
}

extension Domain {
    /// Which definition a memory change applies to (`virDomainMemoryModFlags`).
    ///
    /// Written by hand: libvirt defines these values from ``ModificationImpact``'s.
    public struct MemoryFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// The current definition: live when running, else persistent (`VIR_DOMAIN_MEM_CURRENT`).
        public static let current = MemoryFlags([])
        /// The running domain (`VIR_DOMAIN_MEM_LIVE`).
        public static let live = MemoryFlags(rawValue: 1)
        /// The persistent definition (`VIR_DOMAIN_MEM_CONFIG`).
        public static let config = MemoryFlags(rawValue: 2)
        /// The maximum memory rather than the current (`VIR_DOMAIN_MEM_MAXIMUM`).
        public static let maximum = MemoryFlags(rawValue: 4)
    }

    /// Which definition and which count a virtual CPU call applies to (`virDomainVcpuFlags`).
    ///
    /// Written by hand: libvirt defines these values from ``ModificationImpact``'s.
    public struct VcpuFlags: OptionSet, Sendable, Hashable {
        /// The C bits.
        public let rawValue: UInt32

        /// Creates a set from its C bits.
        public init(rawValue: UInt32) {
            self.rawValue = rawValue
        }

        /// The current definition: live when running, else persistent (`VIR_DOMAIN_VCPU_CURRENT`).
        public static let current = VcpuFlags([])
        /// The running domain (`VIR_DOMAIN_VCPU_LIVE`).
        public static let live = VcpuFlags(rawValue: 1)
        /// The persistent definition (`VIR_DOMAIN_VCPU_CONFIG`).
        public static let config = VcpuFlags(rawValue: 2)
        /// The maximum count rather than the current (`VIR_DOMAIN_VCPU_MAXIMUM`).
        public static let maximum = VcpuFlags(rawValue: 4)
        /// The count as the guest agent sees it (`VIR_DOMAIN_VCPU_GUEST`).
        public static let guest = VcpuFlags(rawValue: 8)
        /// Hot-plug the virtual CPUs (`VIR_DOMAIN_VCPU_HOTPLUGGABLE`).
        public static let hotpluggable = VcpuFlags(rawValue: 16)
    }
}
