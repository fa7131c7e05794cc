import Libvirt

/// The 16 bytes at the x86 reset vector (physical 0xFFFF0) of a running QEMU
/// guest, once SeaBIOS has put its far jump (0xEA) there.
///
/// Right after start, the guest may not have run far enough for the BIOS to
/// show at that address in RAM; on a loaded machine that takes a moment, so
/// this waits up to 5 s and then returns what is there.
func resetVector(of domain: Domain) async throws -> [UInt8] {
    for _ in 0..<50 {
        let bytes = try await domain.peekMemory(at: 0xF_FFF0, count: 16, flags: .physical)
        if bytes.first == 0xEA { return bytes }
        try await Task.sleep(for: .milliseconds(100))
    }
    return try await domain.peekMemory(at: 0xF_FFF0, count: 16, flags: .physical)
}
