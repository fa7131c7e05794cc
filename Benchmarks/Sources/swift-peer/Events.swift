import Libvirt

/// W4 `events`: placeholder replaced when the events API lands.
func events(_ options: Options) async throws -> Measurement {
    throw UsageError("events is not implemented yet")
}
