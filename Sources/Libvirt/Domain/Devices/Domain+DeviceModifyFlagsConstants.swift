// Generated from libvirt's libvirt-api.xml as scripts/generate-constants.py virDomainDeviceModifyFlags Domain.DeviceModifyFlags VIR_DOMAIN_DEVICE_MODIFY_ --option-set
// would, with the enum's values that name other constants (such as
// VIR_DOMAIN_AFFECT_CONFIG) resolved, which the script does not do yet.

extension Domain.DeviceModifyFlags {
    /// See virDomainModificationImpact.
    ///
    /// The C constant `VIR_DOMAIN_DEVICE_MODIFY_LIVE`.
    public static let live = Domain.DeviceModifyFlags(rawValue: 1)
    /// See virDomainModificationImpact.
    ///
    /// The C constant `VIR_DOMAIN_DEVICE_MODIFY_CONFIG`.
    public static let config = Domain.DeviceModifyFlags(rawValue: 2)
    /// Forcibly modify device (ex. force eject a cdrom).
    ///
    /// The C constant `VIR_DOMAIN_DEVICE_MODIFY_FORCE`.
    public static let force = Domain.DeviceModifyFlags(rawValue: 4)
}
