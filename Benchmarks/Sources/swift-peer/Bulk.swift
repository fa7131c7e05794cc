import Libvirt

/// W3 `bulk`: placeholder replaced when the stats API lands.
func bulk(_ options: Options) async throws -> Measurement {
    throw UsageError("bulk is not implemented yet")
}
