// Generated from libvirt's libvirt-api.xml as scripts/generate-constants.py virConnectGetAllDomainStatsFlags Connection.DomainStatsFlags VIR_CONNECT_GET_ALL_DOMAINS_STATS_ nowait=noWait --option-set
// would, with the enum's values that name other constants (such as
// VIR_DOMAIN_AFFECT_CONFIG) resolved, which the script does not do yet.

extension Connection.DomainStatsFlags {
    /// Active.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE`.
    public static let active = Connection.DomainStatsFlags(rawValue: 1)
    /// Inactive.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_INACTIVE`.
    public static let inactive = Connection.DomainStatsFlags(rawValue: 2)
    /// Persistent.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_PERSISTENT`.
    public static let persistent = Connection.DomainStatsFlags(rawValue: 4)
    /// Transient.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_TRANSIENT`.
    public static let transient = Connection.DomainStatsFlags(rawValue: 8)
    /// Running.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_RUNNING`.
    public static let running = Connection.DomainStatsFlags(rawValue: 16)
    /// Paused.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_PAUSED`.
    public static let paused = Connection.DomainStatsFlags(rawValue: 32)
    /// Shutoff.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_SHUTOFF`.
    public static let shutoff = Connection.DomainStatsFlags(rawValue: 64)
    /// Other.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_OTHER`.
    public static let other = Connection.DomainStatsFlags(rawValue: 128)
    /// Report statistics that can be obtained immediately without any blocking.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_NOWAIT`.
    public static let noWait = Connection.DomainStatsFlags(rawValue: 536870912)
    /// Include backing chain for block stats.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_BACKING`.
    public static let backing = Connection.DomainStatsFlags(rawValue: 1073741824)
    /// Enforce requested stats.
    ///
    /// The C constant `VIR_CONNECT_GET_ALL_DOMAINS_STATS_ENFORCE_STATS`.
    public static let enforceStats = Connection.DomainStatsFlags(rawValue: 2147483648)
}
