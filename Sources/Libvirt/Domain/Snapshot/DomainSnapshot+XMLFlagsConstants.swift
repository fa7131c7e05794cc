// Generated from libvirt's libvirt-api.xml as scripts/generate-constants.py virDomainSnapshotXMLFlags DomainSnapshot.XMLFlags VIR_DOMAIN_SNAPSHOT_XML_ --option-set
// would, with the enum's values that name other constants (such as
// VIR_DOMAIN_AFFECT_CONFIG) resolved, which the script does not do yet.

extension DomainSnapshot.XMLFlags {
    /// Dump security sensitive information too.
    ///
    /// The C constant `VIR_DOMAIN_SNAPSHOT_XML_SECURE`.
    public static let secure = DomainSnapshot.XMLFlags(rawValue: 1)
}
