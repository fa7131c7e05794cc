import CLibvirt

extension Domain {
    // MARK: - Backups

    /// Starts a backup job of the domain's disks as `backupXML` (a
    /// `<domainbackup>` element: push mode writes to target files, pull mode
    /// exports the disks over NBD), optionally creating the checkpoint
    /// `checkpointXML` at the same instant, for a later incremental backup.
    /// Follow it with ``jobInfo()`` or ``jobStats(flags:)``; ``abortJob()`` ends it.
    ///
    /// Wraps `virDomainBackupBegin`.
    public func beginBackup(
        _ backupXML: String, checkpointXML: String? = nil, flags: BackupBeginFlags = []
    ) throws(LibvirtError) {
        try cString(backupXML, "backupXML", function: "virDomainBackupBegin")
        try cString(checkpointXML, "checkpointXML", function: "virDomainBackupBegin")
        try check(virDomainBackupBegin(pointer, backupXML, checkpointXML, flags.rawValue), "virDomainBackupBegin")
    }

    /// The XML description of the running backup job.
    ///
    /// Wraps `virDomainBackupGetXMLDesc`.
    public func backupXML() throws(LibvirtError) -> String {
        try takeString(virDomainBackupGetXMLDesc(pointer, 0), "virDomainBackupGetXMLDesc")
    }
}
